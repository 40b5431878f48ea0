// German words for what the administrators' pages show: roles explained, account states,
// and the audit log's actions, record types and field names. Loaded with these pages only.
import { describeDistricts, formatDateTime, ROLE_LABELS, STATUS_LABELS } from '../../labels';
import type { Account, AuditEntry, District, UserRole } from '../../types';

export const ROLES: UserRole[] = [
  'caseworker',
  'team_lead',
  'committee',
  'funding_controller',
  'admin',
];

/** What each role may do, in one line, where a role is chosen. */
export const ROLE_HINTS: Record<UserRole, string> = {
  caseworker: 'Fälle und Einrichtungen der eigenen Bezirke bearbeiten.',
  team_lead: 'Wie Sachbearbeitung, dazu Aufgaben der Teamleitung (z. B. erneute Vertragsprüfung).',
  committee: 'Nur Berichte; keine einzelnen Fälle.',
  admin: 'Benutzerkonten, Protokoll und Auskünfte nach Art. 15 DSGVO; keine Fallakten.',
  funding_controller:
    'Inklusionspauschale der eigenen Bezirke: Zuweisungen, Ausgaben, Schulen, Pool-Modelle; keine Fallakten.',
};

/** "aktiv", "deaktiviert" or "nach Fehlversuchen gesperrt bis 14.05.2026, 14:05 Uhr". */
export function accountStatus(account: Account): string {
  if (account.disabled) return 'deaktiviert';
  if (account.lockedUntil) {
    return `nach Fehlversuchen gesperrt bis ${formatDateTime(account.lockedUntil)} Uhr`;
  }
  return 'aktiv';
}

export const PASSWORD_RULES =
  'Mindestens 12 Zeichen, darunter mindestens 5 verschiedene; die E-Mail-Adresse (auch ihr Teil vor dem @) darf nicht darin vorkommen.';

export const ONE_TIME_EXPLAINED =
  'Das Passwort gilt nur einmal: Bei der ersten Anmeldung legt die Person ein eigenes fest, das niemand aus der Administration kennt. Geben Sie es auf sicherem Weg weiter, nicht in derselben Nachricht wie die E-Mail-Adresse.';

/** A one-time password of 16 characters without look-alikes (0/O, 1/l/I), from the CSPRNG. */
export function generatePassword(): string {
  const alphabet = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789-+!?';
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  // 256 is not a multiple of the alphabet's length; the slight bias costs a fraction of a bit.
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

/** The audit log's actions, grouped as the filter offers them. */
export const ACTION_GROUPS: { label: string; actions: Record<string, string> }[] = [
  {
    label: 'Anmeldung und Zugriff',
    actions: {
      'auth.login': 'Angemeldet',
      'auth.login_failed': 'Anmeldung fehlgeschlagen',
      'auth.logout': 'Abgemeldet',
      'auth.password_change': 'Eigenes Passwort festgelegt',
      'auth.refresh_reused': 'Sitzung beendet: Erneuerungsschlüssel doppelt benutzt',
      'access.denied': 'Zugriff verweigert',
    },
  },
  {
    label: 'Benutzerkonten und Protokoll',
    actions: {
      'user.create': 'Konto angelegt',
      'user.update': 'Konto geändert',
      'audit.export': 'Protokoll exportiert (CSV)',
      'guardian.access_export': 'Auskunft nach Art. 15 DSGVO erteilt',
    },
  },
  {
    label: 'Fälle',
    actions: {
      'case.create': 'Fall angelegt',
      'case.create_replayed': 'Fallanlage wiederholt (kein neuer Fall)',
      'case.list': 'Fallliste abgerufen',
      'case.read': 'Fall gelesen',
      'case.update': 'Fall berichtigt',
      'case.transition': 'Status geändert',
      'case.assess': 'Einschätzung abgerufen',
      'case.pseudonymise': 'Personenbezogene Daten gelöscht (Aufbewahrungsfrist)',
      'case.reencrypt': 'Fall neu verschlüsselt',
    },
  },
  {
    label: 'Verträge',
    actions: {
      'contract.create': 'Vertrag hinzugefügt',
      'contract.list': 'Verträge aufgelistet',
      'contract.read': 'Vertrag gelesen',
      'contract.document': 'Vertragsdokument heruntergeladen',
      'contract.recheck': 'Vertrag erneut geprüft',
      'contract.recheck_requested': 'Erneute Prüfung der Verträge beauftragt',
      'contract.reencrypt': 'Vertrag neu verschlüsselt',
    },
  },
  {
    label: 'Träger und Einrichtungen',
    actions: {
      'provider.create': 'Träger angelegt',
      'provider.update': 'Träger geändert',
      'facility.create': 'Einrichtung angelegt',
      'facility.update': 'Einrichtung geändert',
    },
  },
  {
    label: 'Förderung (Inklusionspauschale)',
    actions: {
      'funding.allocation.create': 'Zuweisung angelegt',
      'funding.expenditure.create': 'Ausgabe erfasst',
      'funding.expenditure.import': 'Ausgaben aus CSV importiert',
      'funding.settlement': 'Vergleich erfasst',
      'funding.ministry_notice.draft': 'Anzeige an das Ministerium entworfen',
      'funding.school.create': 'Schule angelegt',
      'funding.school.update': 'Schule geändert',
      'funding.pool_model.create': 'Pool-Modell angelegt',
      'funding.pool_model.update': 'Pool-Modell geändert',
    },
  },
];

export const ACTION_LABELS: Record<string, string> = Object.assign(
  {},
  ...ACTION_GROUPS.map((g) => g.actions),
) as Record<string, string>;

export const RECORD_TYPE_LABELS: Record<string, string> = {
  case: 'Fall',
  provider: 'Träger',
  facility: 'Einrichtung',
  user: 'Konto',
  audit: 'Protokoll',
  allocation: 'Zuweisung',
  school: 'Schule',
  pool_model: 'Pool-Modell',
};

const FIELD_LABELS: Record<string, string> = {
  facilityId: 'Einrichtung',
  receivedAt: 'Eingangsdatum',
  channel: 'Eingangsweg',
  'guardian.name': 'Name der Erziehungsberechtigten',
  'guardian.email': 'E-Mail der Erziehungsberechtigten',
  'guardian.phone': 'Telefon der Erziehungsberechtigten',
  'guardian.address': 'Anschrift der Erziehungsberechtigten',
  'child.initials': 'Initialen des Kindes',
  'child.birthYear': 'Geburtsjahr des Kindes',
  'child.disability': 'Behinderung des Kindes',
  'child.assistance': 'Assistenz des Kindes',
  patterns: 'Muster',
  description: 'Sachverhalt',
  setting: 'Angebot',
  contractTerminated: 'Vertrag gekündigt',
  officeNotifiedBeforehand: 'Vorab gemeldet',
  consentToInvolveOthers: 'Einverständnis der Eltern',
  name: 'Name',
  type: 'Art',
  kind: 'Angebot',
  email: 'E-Mail-Adresse',
  address: 'Anschrift',
  providerId: 'Träger',
  districtId: 'Bezirk',
  role: 'Rolle',
  districtIds: 'Bezirke',
  password: 'Passwort',
  disabled: 'Sperre',
};

/** "guardian.address.city" → "Anschrift der Erziehungsberechtigten"; unknown paths as they are. */
export function fieldLabel(path: string): string {
  for (let p = path; p; p = p.slice(0, Math.max(0, p.lastIndexOf('.')))) {
    if (FIELD_LABELS[p]) return FIELD_LABELS[p];
  }
  return path;
}

/** The entry's fields in German, each named once (the parts of an address are one field). */
export const fieldLabels = (fields: string[]) => [...new Set(fields.map(fieldLabel))];

const FAILURE_REASONS: Record<string, string> = {
  unknown: 'unbekannte E-Mail-Adresse',
  password: 'falsches Passwort oder Konto deaktiviert',
  locked: 'Konto nach Fehlversuchen gesperrt',
  password_change_required: 'Einmalpasswort noch nicht ersetzt',
  sso_no_account: 'kein Konto zur Single-Sign-On-Anmeldung',
};

/**
 * What the entry's details add, in German, as far as they are not personal data: roles,
 * districts and the state of an account, a status change, why a sign-in failed, which route
 * refused. Addresses (IP) and ids stay in the CSV export.
 */
export function describeDetails(entry: AuditEntry, districts: District[]): string[] {
  const d = (entry.details ?? {}) as Record<string, unknown>;
  const role = (r: unknown) => ROLE_LABELS[String(r)] ?? String(r);
  const areas = (ids: unknown) =>
    Array.isArray(ids) ? describeDistricts(ids as string[], districts) : '';
  const change = (value: unknown) => value as { from?: unknown; to?: unknown } | undefined;
  const out: string[] = [];
  switch (entry.action) {
    case 'user.create':
      if (d.role) out.push(`Rolle: ${role(d.role)}`);
      if (d.districtIds) out.push(`Bezirke: ${areas(d.districtIds)}`);
      if (d.oneTimePassword) out.push('mit Einmalpasswort');
      break;
    case 'user.update': {
      const r = change(d.role);
      if (r) out.push(`Rolle: ${role(r.from)} → ${role(r.to)}`);
      const ds = change(d.districtIds);
      if (ds) out.push(`Bezirke: ${areas(ds.from)} → ${areas(ds.to)}`);
      if (d.disabled === true) out.push('gesperrt (deaktiviert)');
      if (d.disabled === false) out.push('entsperrt (wieder aktiv)');
      if (d.oneTimePassword) out.push('neues Einmalpasswort vergeben');
      break;
    }
    case 'auth.login':
      if (d.method === 'oidc') out.push('über Single Sign-on');
      break;
    case 'auth.login_failed':
      if (typeof d.reason === 'string') out.push(FAILURE_REASONS[d.reason] ?? d.reason);
      break;
    case 'auth.password_change':
      if (d.oneTime) out.push('Einmalpasswort ersetzt');
      break;
    case 'access.denied':
      if (typeof d.method === 'string' && typeof d.route === 'string') {
        out.push(`${d.method} ${d.route}`);
      }
      if (d.status === 404) out.push('außerhalb der eigenen Bezirke (404)');
      if (d.status === 403) out.push('für die Rolle nicht erlaubt (403)');
      break;
    case 'case.transition': {
      const s = (v: unknown) => STATUS_LABELS[String(v)] ?? String(v);
      if (d.from && d.to) out.push(`${s(d.from)} → ${s(d.to)}`);
      break;
    }
    default:
      break;
  }
  return out;
}
