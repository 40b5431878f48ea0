import {
  CHANNEL_LABELS,
  formatDate,
  formatDateTime,
  LETTER_DELIVERY_LABELS,
  LETTER_TEMPLATE_LABELS,
  patternLabel,
  STATUS_LABELS,
} from '../labels';
import { VERDICT_LABELS } from '../findings';
import type { TimelineEntry } from '../types';

const FIELD_LABELS: Record<string, string> = {
  facilityId: 'Einrichtung',
  receivedAt: 'Eingangsdatum',
  channel: 'Eingangsweg',
  'guardian.name': 'Name der Erziehungsberechtigten',
  'guardian.email': 'E-Mail-Adresse',
  'guardian.phone': 'Telefon',
  'guardian.address': 'Anschrift',
  'child.initials': 'Initialen',
  'child.birthYear': 'Geburtsjahr',
  'child.disability': 'Behinderung oder Förderbedarf',
  'child.assistance': 'Assistenz',
  patterns: 'gemeldete Muster',
  description: 'Sachverhalt',
  contractTerminated: 'Kündigung',
  officeNotifiedBeforehand: 'Meldung vorab',
  consentToInvolveOthers: 'Einwilligung der Eltern',
};

const status = (s: unknown) => STATUS_LABELS[String(s)] ?? String(s);
const letter = (d: Record<string, unknown>) =>
  LETTER_TEMPLATE_LABELS[String(d.template)] ?? String(d.template);
const disclosed = (d: Record<string, unknown>) =>
  Array.isArray(d.disclosed) && d.disclosed.length > 0
    ? ' – mit den anvertrauten Angaben (Einwilligung der Eltern)'
    : '';
const who = (p: unknown) => (p as { name?: string } | null)?.name ?? 'niemand';

/** One line of German for a timeline entry; what the user wrote follows it. */
function describe(e: TimelineEntry): string {
  const d = e.data;
  switch (e.type) {
    case 'created':
      return `Fall angelegt (${CHANNEL_LABELS[String(d.channel)] ?? String(d.channel)})${
        // Filed through the parents' form, which asks for this consent.
        d.contactConsent === true ? '; die Eltern sind mit einer Kontaktaufnahme einverstanden' : ''
      }`;
    case 'updated': {
      const fields = ((d.changes as { field: string }[] | undefined) ?? []).map(
        (c) => FIELD_LABELS[c.field] ?? c.field,
      );
      return `Angaben berichtigt: ${fields.join(', ')}`;
    }
    case 'status_changed':
      return `Status geändert: ${status(d.from)} → ${status(d.to)}`;
    case 'reopened':
      return `Wieder geöffnet: ${status(d.from)} → ${status(d.to)}`;
    case 'pseudonymised':
      return 'Personenbezogene Daten nach Ablauf der Aufbewahrungsfrist gelöscht';
    case 'contract_checked':
    case 'contract_rechecked': {
      const verdict = (d.verdict ?? (d.to as { verdict?: string } | undefined)?.verdict) as
        string | undefined;
      const patterns = ((d.patterns as string[] | undefined) ?? []).map(patternLabel);
      return `${e.type === 'contract_checked' ? 'Vertrag geprüft' : 'Vertrag erneut geprüft'}: ${
        VERDICT_LABELS[verdict ?? ''] ?? verdict
      }${patterns.length ? ` (${patterns.join('; ')})` : ''}`;
    }
    case 'contract_withdrawn':
      return 'Vertrag zurückgezogen';
    case 'note_added':
      return 'Notiz';
    case 'assigned':
      return d.to ? `Zuständig: ${who(d.to)}` : `Abgegeben von ${who(d.from)}`;
    case 'consent_recorded':
      return `Einwilligung der Eltern erfasst: Weitergabe an den Träger, erteilt am ${formatDate(String(d.givenAt))}`;
    case 'consent_withdrawn':
      return `Einwilligung der Eltern widerrufen am ${formatDate(String(d.withdrawnAt))}`;
    case 'letter_drafted':
      return `Schreiben entworfen: ${letter(d)} (${LETTER_DELIVERY_LABELS[String(d.delivery)] ?? ''})`;
    case 'letter_queued':
      return `${d.again ? 'Erneut zum Versand gegeben' : 'Zum Versand per E-Mail gegeben'}: ${letter(d)}${disclosed(d)}`;
    case 'letter_sent':
      return `Schreiben versandt ${LETTER_DELIVERY_LABELS[String(d.delivery)] ?? ''}: ${letter(d)}${disclosed(d)}`;
    case 'letter_discarded':
      return `Entwurf verworfen: ${letter(d)}`;
    case 'provider_answered':
      return `Antwort des Trägers über den Antwort-Link${
        d.contractId
          ? `: überarbeiteter Vertrag, ${VERDICT_LABELS[String(d.verdict)] ?? String(d.verdict)}`
          : ''
      }${d.withText ? (d.contractId ? ', mit Text' : ': Text') : ''}`;
    case 'follow_up_set':
      return `${d.stage === 'reminder' ? 'Neue Frist nach der Erinnerung' : 'Frist für die Antwort des Trägers'}${
        typeof d.endsOn === 'string' ? ` bis ${formatDate(d.endsOn)}` : ''
      }${d.moved ? ' (auf den nächsten Werktag verschoben)' : ''}`;
    case 'follow_up_paused':
      return 'Frist angehalten';
    case 'follow_up_resumed':
      return `Frist fortgesetzt, läuft bis ${formatDateTime(String(d.dueAt))}`;
    case 'follow_up_answered':
      return 'Der Träger hat geantwortet: Frist erledigt';
    case 'follow_up_reminded':
      return 'Frist abgelaufen: Erinnerung an den Träger';
    case 'follow_up_cancelled':
      return 'Fristen beendet (Fall abgeschlossen)';
    case 'escalated':
      return d.kind === 'repeat_complaint'
        ? `An die Teamleitung gemeldet: ${String(d.complaints)}. Beschwerde gegen den Träger in zwölf Monaten`
        : 'An die Teamleitung eskaliert: Der Träger hat auch auf die Erinnerung nicht geantwortet';
  }
}

export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <ol className="timeline">
      {entries.map((e) => {
        const text = (e.data.note ?? e.data.reason) as string | undefined;
        return (
          <li key={e.id}>
            <time dateTime={e.occurredAt}>{formatDateTime(e.occurredAt)}</time> {describe(e)}{' '}
            <span className="sub">({e.actor.name})</span>
            {text && <p className="timeline-text">{text}</p>}
          </li>
        );
      })}
    </ol>
  );
}
