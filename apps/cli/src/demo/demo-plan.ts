import { type AssistanceKind, type CaseChannel, type CaseStatus } from '@teilhabe/cases';
import { EXCLUSION_PATTERNS, type ExclusionPattern } from '@teilhabe/rules';
import { type FacilityKind, type ProviderType } from '@teilhabe/providers';
import { fakerDE as faker } from '@faker-js/faker';
import { slugify } from '@teilhabe/common';
import {
  ACTIVITIES,
  ASSISTANT_TERMS,
  CHURCH_PROVIDERS,
  COMPLAINT_TEXTS,
  DEMO_DISTRICTS,
  DISABILITIES,
  FOERDERSCHULE_OGS_NAMES,
  FREE_PROVIDERS,
  KITA_NAMES,
  OGS_NAMES,
  TRANSITION_REASONS,
} from './demo-catalog';
import { Random } from './random';

export interface PlannedProvider {
  name: string;
  type: ProviderType;
  email: string;
  address: { street: string; postalCode: string; city: string };
  district: string;
  /** Each in the provider's town, so that parents find it by name or town. */
  facilities: { name: string; kind: FacilityKind; postalCode: string; city: string }[];
}

export interface PlannedStep {
  to: CaseStatus;
  reason: string;
  at: string;
}

export interface PlannedCase {
  /** Index into the flat list of all planned facilities. */
  facility: number;
  receivedAt: string;
  createdAt: string;
  channel: CaseChannel;
  guardian: {
    name: string;
    email?: string;
    phone?: string;
    address?: { street: string; postalCode: string; city: string };
  };
  child: {
    initials: string;
    birthYear: number;
    disability?: string;
    assistance?: { kind: AssistanceKind; hoursPerWeek: number };
  };
  patterns: ExclusionPattern[];
  description: string;
  steps: PlannedStep[];
}

export interface DemoPlan {
  providers: PlannedProvider[];
  facilities: { provider: number; name: string; kind: FacilityKind; district: string }[];
  cases: PlannedCase[];
  schoolYears: string[];
}

const DAY = 86_400_000;

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

/** A time of day during office hours in Europe/Berlin, as an ISO instant. */
function officeTime(random: Random, date: string): string {
  const hour = random.int(8, 16);
  const minute = random.int(0, 59);
  // Berlin is UTC+1 in winter and UTC+2 in summer; the last Sunday rule is close enough for
  // demo data (March to October counts as summer).
  const month = Number(date.slice(5, 7));
  const offset = month >= 4 && month <= 10 ? 2 : 1;
  return new Date(
    Date.parse(`${date}T00:00:00Z`) + ((hour - offset) * 60 + minute) * 60_000,
  ).toISOString();
}

const townOf = (town: { name: string; postalCode: string }) => ({
  postalCode: town.postalCode,
  city: town.name,
});

/** School years run from 1 August to 31 July. */
export function schoolYearStart(date: string): string {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 8 ? `${year}-08-01` : `${year - 1}-08-01`;
}

/**
 * The demo data set as data: providers and facilities in ten districts and complaints spread
 * over the current and the previous school year, older ones further along in their life.
 */
export function planDemo(today: string, caseCount = 320, seed = 42): DemoPlan {
  const random = new Random(seed);
  faker.seed(seed);

  const providers: PlannedProvider[] = [];
  for (const district of DEMO_DISTRICTS) {
    const kinds: ProviderType[] = ['municipal', 'free', 'church'];
    if (random.chance(0.6)) kinds.push('free');
    for (const type of kinds) {
      const town = type === 'municipal' ? district.towns[0] : random.pick(district.towns);
      const name =
        type === 'municipal'
          ? district.municipal
          : random
              .pick(type === 'free' ? FREE_PROVIDERS : CHURCH_PROVIDERS)
              .replace('{town}', town.name);
      if (providers.some((p) => p.name === name)) continue;
      const facilities: PlannedProvider['facilities'] = [];
      const kitaNames = KITA_NAMES[type];
      for (let i = random.int(1, 3); i > 0; i--) {
        const kind: FacilityKind = random.weighted([
          ['kita', 6],
          ['ogs', type === 'church' ? 1 : 3],
          ['ogs_foerderschule', type === 'free' ? 1 : 0],
        ]);
        const base =
          kind === 'kita'
            ? random.pick(kitaNames)
            : kind === 'ogs'
              ? random.pick(OGS_NAMES)
              : random.pick(FOERDERSCHULE_OGS_NAMES).replace('{town}', town.name);
        const facilityName = kind === 'ogs_foerderschule' ? base : `${base} ${town.name}`;
        if (!facilities.some((f) => f.name === facilityName))
          facilities.push({ name: facilityName, kind, ...townOf(town) });
      }
      if (type === 'free' && random.chance(0.5)) {
        const name = random.pick(FOERDERSCHULE_OGS_NAMES).replace('{town}', town.name);
        if (!facilities.some((f) => f.name === name))
          facilities.push({ name, kind: 'ogs_foerderschule', ...townOf(town) });
      }
      providers.push({
        name,
        type,
        email: `kita@${slugify(name).slice(0, 40)}.example`,
        address: {
          street: faker.location.street() + ' ' + random.int(1, 120),
          postalCode: town.postalCode,
          city: town.name,
        },
        district: district.name,
        facilities,
      });
    }
  }
  const facilities = providers.flatMap((p, provider) =>
    p.facilities.map((f) => ({ provider, name: f.name, kind: f.kind, district: p.district })),
  );

  const previousYear = addDays(schoolYearStart(today), -365);
  const span = daysBetween(previousYear, today);
  const cases: PlannedCase[] = [];
  for (let i = 0; i < caseCount; i++) {
    // More complaints recently: the office is becoming known.
    const age = Math.floor(span * Math.pow(random.next(), 1.3));
    const receivedAt = addDays(today, -age);
    const facility = random.int(0, facilities.length - 1);
    const setting = facilities[facility].kind === 'kita' ? 'kita' : 'ogs';
    cases.push(planCase(random, facility, facilities[facility].kind, setting, receivedAt, today));
  }
  cases.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return {
    providers,
    facilities,
    cases,
    schoolYears: [previousYear, schoolYearStart(today)].map(
      (start) => `${start.slice(0, 4)}/${String(Number(start.slice(2, 4)) + 1).padStart(2, '0')}`,
    ),
  };
}

function planCase(
  random: Random,
  facility: number,
  kind: FacilityKind,
  setting: 'kita' | 'ogs',
  receivedAt: string,
  today: string,
): PlannedCase {
  const pattern = random.weighted<ExclusionPattern>([
    ['absence_exclusion', 40],
    ['hours_capped_to_assistance', 20],
    ['parent_must_substitute', 14],
    ['admission_conditional_on_assistance', 11],
    ['activity_exclusion', 11],
    ['termination_for_missing_assistance', 8],
    ['disability_exclusion', 6],
  ]);
  const patterns: ExclusionPattern[] = [pattern];
  if (random.chance(0.2)) {
    const second = random.pick(EXCLUSION_PATTERNS.filter((p) => p !== pattern));
    patterns.push(second);
  }
  const hours = random.pick([10, 15, 20, 25, 30, 35]);
  const assist = random.pick(ASSISTANT_TERMS[setting]);
  const description = patterns
    .map((p) =>
      random
        .pick(COMPLAINT_TEXTS[p])
        .replaceAll('{assist}', assist)
        .replaceAll('{hours}', String(hours))
        .replaceAll('{days}', String(random.int(3, 15)))
        .replaceAll('{activity}', random.pick(ACTIVITIES))
        .replaceAll('{time}', String(random.int(11, 13))),
    )
    .join(' ');

  const thisYear = Number(today.slice(0, 4));
  const birthYear =
    kind === 'kita'
      ? random.int(thisYear - 6, thisYear - 1)
      : kind === 'ogs'
        ? random.int(thisYear - 10, thisYear - 6)
        : random.int(thisYear - 14, thisYear - 6);
  const assistanceKind: AssistanceKind =
    setting === 'kita'
      ? 'kita_assistance'
      : random.weighted([
          ['school_assistance_sgb_ix', 6],
          ['school_assistance_sgb_viii', 3],
          ['pooled_assistance', 1],
        ]);
  const firstName = faker.person.firstName();
  const lastName = faker.person.lastName();
  const town = faker.location.city();
  const createdAt = officeTime(random, addDays(receivedAt, random.int(0, 2)));

  return {
    facility,
    receivedAt,
    createdAt,
    channel: random.weighted<CaseChannel>([
      ['email', 40],
      ['phone', 30],
      ['web', 15],
      ['letter', 10],
      ['in_person', 5],
    ]),
    guardian: {
      name: `${firstName} ${lastName}`,
      email: random.chance(0.8)
        ? `${slugify(firstName)}.${slugify(lastName)}@example.org`
        : undefined,
      phone: random.chance(0.7)
        ? `0${random.int(201, 2499)} ${random.int(100000, 9999999)}`
        : undefined,
      address: random.chance(0.4)
        ? {
            street: `${faker.location.street()} ${random.int(1, 80)}`,
            postalCode: faker.location.zipCode('#####'),
            city: town,
          }
        : undefined,
    },
    child: {
      initials: `${faker.string.alpha({ length: 1, casing: 'upper' })}. ${lastName[0].toUpperCase()}.`,
      birthYear,
      disability: random.chance(0.85) ? random.pick(DISABILITIES) : undefined,
      assistance:
        random.chance(0.9) && pattern !== 'admission_conditional_on_assistance'
          ? { kind: assistanceKind, hoursPerWeek: hours }
          : undefined,
    },
    patterns,
    description,
    steps: planSteps(random, receivedAt, createdAt, today),
  };
}

/** How far a case has come depends on its age: old cases are mostly closed. */
function planSteps(
  random: Random,
  receivedAt: string,
  createdAt: string,
  today: string,
): PlannedStep[] {
  const age = daysBetween(receivedAt, today);
  const goal = random.weighted<CaseStatus>(
    age < 14
      ? [
          ['received', 6],
          ['assessing', 3],
          ['withdrawn', 0.3],
        ]
      : age < 90
        ? [
            ['assessing', 4],
            ['provider_contacted', 4],
            ['resolved', 2],
            ['withdrawn', 1],
          ]
        : [
            ['provider_contacted', 1],
            ['resolved', 10],
            ['requirement_imposed', 2],
            ['closed_unresolved', 3],
            ['withdrawn', 2],
          ],
  );
  const path: CaseStatus[] =
    goal === 'received'
      ? []
      : goal === 'assessing'
        ? ['assessing']
        : goal === 'provider_contacted'
          ? ['assessing', 'provider_contacted']
          : goal === 'withdrawn'
            ? [...(random.chance(0.6) ? (['assessing'] as const) : []), 'withdrawn']
            : ['assessing', 'provider_contacted', goal];

  const steps: PlannedStep[] = [];
  let day = createdAt.slice(0, 10);
  for (const to of path) {
    day = addDays(day, random.int(1, Math.max(2, Math.min(30, Math.floor(age / 4)))));
    if (day > today) break;
    let at = officeTime(random, day);
    const previous = steps.at(-1)?.at ?? createdAt;
    if (at <= previous) at = new Date(Date.parse(previous) + 3_600_000).toISOString();
    steps.push({
      to,
      reason: random.pick(TRANSITION_REASONS[to as keyof typeof TRANSITION_REASONS]),
      at,
    });
  }
  return steps;
}
