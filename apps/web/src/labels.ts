// German words for the API's codes, as the pages show them.
import { EXCLUSION_PATTERN_LABELS } from '@teilhabe/rules';
import type { CaseStatus } from './types';

export { EXCLUSION_PATTERN_LABELS, RESPONSIBLE_BODY_LABELS } from '@teilhabe/rules';

export const patternLabel = (pattern: string): string =>
  EXCLUSION_PATTERN_LABELS[pattern as keyof typeof EXCLUSION_PATTERN_LABELS] ?? pattern;

export const PROVIDER_TYPE_LABELS: Record<string, string> = {
  free: 'Freier Träger',
  municipal: 'Kommunaler Träger',
  church: 'Kirchlicher Träger',
};

export const ASSISTANCE_KIND_LABELS: Record<string, string> = {
  kita_assistance: 'KiTa-Assistenz (§ 79 SGB IX)',
  school_assistance_sgb_ix: 'Schulbegleitung (§ 112 SGB IX)',
  school_assistance_sgb_viii: 'Schulbegleitung (§ 35a SGB VIII)',
  pooled_assistance: 'Pool-Lösung (§ 112 Abs. 4 SGB IX)',
  other: 'Andere Assistenz',
};

export const SOURCE_LABELS: Record<string, string> = {
  pdf: 'PDF',
  docx: 'Word (DOCX)',
  txt: 'Textdatei',
  text: 'eingegebener Text',
};

export const ROLE_LABELS: Record<string, string> = {
  admin: 'Administration',
  team_lead: 'Teamleitung',
  caseworker: 'Sachbearbeitung',
  committee: 'Ausschuss',
  funding_controller: 'Fördercontrolling',
};

export const LETTER_TEMPLATE_LABELS: Record<string, string> = {
  advisory: 'Beratungsschreiben',
  statement_request: 'Bitte um Stellungnahme',
  requirement: 'Mitteilung einer Auflage',
  reminder: 'Erinnerung',
  acknowledgement: 'Eingangsbestätigung',
};

export const LETTER_RECIPIENT_LABELS: Record<string, string> = {
  provider: 'an den Träger',
  guardians: 'an die Erziehungsberechtigten',
};

export const LETTER_DELIVERY_LABELS: Record<string, string> = {
  email: 'per E-Mail',
  post: 'per Post',
};

export const STATUS_LABELS: Record<string, string> = {
  received: 'Eingegangen',
  assessing: 'In Prüfung',
  provider_contacted: 'Träger kontaktiert',
  resolved: 'Erledigt',
  requirement_imposed: 'Auflage erteilt',
  closed_unresolved: 'Ohne Einigung abgeschlossen',
  withdrawn: 'Zurückgezogen',
};

/** The states of a case still being worked. */
export const OPEN_STATUSES: CaseStatus[] = ['received', 'assessing', 'provider_contacted'];

export const FACILITY_KIND_LABELS: Record<string, string> = {
  kita: 'Kita',
  ogs: 'OGS',
  ogs_foerderschule: 'OGS an einer Förderschule',
};

export const CHANNEL_LABELS: Record<string, string> = {
  phone: 'Telefon',
  email: 'E-Mail',
  letter: 'Brief',
  web: 'Online-Formular',
  in_person: 'Persönlich',
};

const dateFormat = new Intl.DateTimeFormat('de-DE', {
  dateStyle: 'medium',
  timeZone: 'Europe/Berlin',
});
const dateTimeFormat = new Intl.DateTimeFormat('de-DE', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Berlin',
});

/** "4. Dez. 2026" for a date (YYYY-MM-DD) or a timestamp. */
export const formatDate = (value: string) =>
  dateFormat.format(new Date(value.length === 10 ? `${value}T12:00:00Z` : value));
export const formatDateTime = (value: string) => dateTimeFormat.format(new Date(value));

/** "alle Bezirke", "keine Bezirke" or the districts' names, for an account's district ids. */
export function describeDistricts(
  ids: string[],
  districts: { id: string; name: string }[],
): string {
  if (districts.length > 0 && districts.every((d) => ids.includes(d.id))) return 'alle Bezirke';
  const names = districts.filter((d) => ids.includes(d.id)).map((d) => d.name);
  return names.join(', ') || 'keine Bezirke';
}
