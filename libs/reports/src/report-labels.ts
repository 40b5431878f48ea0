import { CASE_STATUSES, type StatisticDimension } from '@teilhabe/cases';
import { FACILITY_KINDS } from '@teilhabe/providers';
import { EXCLUSION_PATTERN_LABELS, EXCLUSION_PATTERNS } from '@teilhabe/rules';

export const PROVIDER_TYPES = ['free', 'municipal', 'church'] as const;
export const CHANNELS = ['phone', 'email', 'letter', 'web', 'in_person'] as const;

/** German names of the dimensions, as table headings. */
export const DIMENSION_LABELS: Record<StatisticDimension, string> = {
  year: 'Jahr',
  schoolYear: 'Schuljahr',
  quarter: 'Quartal',
  month: 'Monat',
  district: 'Jugendamtsbezirk',
  setting: 'Angebot',
  pattern: 'Ausschlussmuster',
  providerType: 'Trägerart',
  status: 'Ausgang',
  channel: 'Eingang',
};

/** The fixed categories of the dimensions that do not depend on the period or districts. */
export const FIXED_CATEGORIES: Partial<Record<StatisticDimension, readonly string[]>> = {
  setting: FACILITY_KINDS,
  pattern: EXCLUSION_PATTERNS,
  providerType: PROVIDER_TYPES,
  status: CASE_STATUSES,
  channel: CHANNELS,
};

const VALUE_LABELS: Partial<Record<StatisticDimension, Record<string, string>>> = {
  setting: { kita: 'Kita', ogs: 'OGS', ogs_foerderschule: 'OGS an einer Förderschule' },
  pattern: EXCLUSION_PATTERN_LABELS,
  providerType: { free: 'frei', municipal: 'kommunal', church: 'kirchlich' },
  status: {
    received: 'Eingegangen',
    assessing: 'In Prüfung',
    provider_contacted: 'Träger kontaktiert',
    resolved: 'Beratung angenommen',
    requirement_imposed: 'Auflage erteilt',
    closed_unresolved: 'Ohne Einigung abgeschlossen',
    withdrawn: 'Zurückgezogen',
  },
  channel: {
    phone: 'Telefon',
    email: 'E-Mail',
    letter: 'Brief',
    web: 'Online-Formular',
    in_person: 'Persönlich',
  },
};

const MONTHS = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];

/** The German label of a value (district values are labelled by the caller). */
export function valueLabel(dimension: StatisticDimension, value: string): string {
  switch (dimension) {
    case 'quarter':
      return `${value.slice(6)}. Quartal ${value.slice(0, 4)}`;
    case 'month':
      return `${MONTHS[Number(value.slice(5, 7)) - 1]} ${value.slice(0, 4)}`;
    case 'schoolYear':
      return `${value}/${String((Number(value) + 1) % 100).padStart(2, '0')}`;
    case 'year':
    case 'district':
      return value;
    case 'setting':
    case 'pattern':
    case 'providerType':
    case 'status':
    case 'channel':
      return VALUE_LABELS[dimension]?.[value] ?? value;
  }
}

/** The periods from `from` to `to` (YYYY-MM-DD, inclusive) as values of a time dimension. */
export function periodValues(dimension: StatisticDimension, from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  while (y < ty || (y === ty && m <= tm)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  const of = (month: string): string => {
    const year = Number(month.slice(0, 4));
    const mm = Number(month.slice(5, 7));
    if (dimension === 'year') return String(year);
    if (dimension === 'quarter') return `${year}-Q${Math.ceil(mm / 3)}`;
    if (dimension === 'schoolYear') return String(mm >= 8 ? year : year - 1);
    return month;
  };
  return [...new Set(months.map(of))];
}

export const TIME_DIMENSIONS: readonly StatisticDimension[] = [
  'year',
  'schoolYear',
  'quarter',
  'month',
];
