import { randomUUID } from 'node:crypto';
import { type TestApp } from './test-app';

/* Request bodies with sensible defaults; each test overrides what it is about. */

let counter = 0;
const unique = () => `${++counter}-${randomUUID().slice(0, 8)}`;

export function makeProvider(overrides: Record<string, unknown> = {}) {
  return {
    name: `AWO Kreisverband ${unique()} e.V.`,
    type: 'free',
    email: 'kita@awo.example',
    address: { street: 'Rubensstraße 7', postalCode: '50676', city: 'Köln' },
    ...overrides,
  };
}

export function makeFacility(
  providerId: string,
  districtId: string,
  overrides: Record<string, unknown> = {},
) {
  return {
    name: `Kita Regenbogen ${unique()}`,
    kind: 'kita',
    providerId,
    districtId,
    ...overrides,
  };
}

export function makeCase(facilityId: string, overrides: Record<string, unknown> = {}) {
  return {
    facilityId,
    receivedAt: '2026-03-02',
    channel: 'email',
    guardian: { name: 'Sabine Keller', email: 'sabine.keller@example.org', phone: '0221 123456' },
    child: {
      initials: 'M. K.',
      birthYear: 2021,
      disability: 'Autismus-Spektrum-Störung',
      assistance: { kind: 'kita_assistance', hoursPerWeek: 25 },
    },
    patterns: ['absence_exclusion'],
    description:
      'Die Kita schickt Mia nach Hause, sobald ihre KiTa-Assistenz krank ist. Laut Nebenabrede ' +
      'im Betreuungsvertrag ist der Besuch ohne Assistenz „nicht möglich“.',
    ...overrides,
  };
}

export async function districtId(t: TestApp, name = 'Köln'): Promise<string> {
  const res = await t.api().get('/api/v1/districts').expect(200);
  const district = (res.body as { id: string; name: string }[]).find((d) => d.name === name);
  if (!district) throw new Error(`no district ${name}`);
  return district.id;
}

/** A provider with one facility in the given district; returns the facility's id. */
export async function createFacility(
  t: TestApp,
  options: { district?: string; kind?: string } = {},
): Promise<string> {
  const provider = await t.api().post('/api/v1/providers').send(makeProvider()).expect(201);
  const facility = await t
    .api()
    .post('/api/v1/facilities')
    .send(
      makeFacility(provider.body.id, await districtId(t, options.district), {
        kind: options.kind ?? 'kita',
      }),
    )
    .expect(201);
  return facility.body.id as string;
}

export async function createCase(
  t: TestApp,
  facilityId: string,
  overrides: Record<string, unknown> = {},
) {
  const res = await t.api().post('/api/v1/cases').send(makeCase(facilityId, overrides)).expect(201);
  return res.body as { id: string; reference: string; status: string };
}

export async function countRows(t: TestApp, table: string): Promise<number> {
  const rows = await t.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM ${table}`);
  return Number(rows[0].n);
}

/** What a parent sends through the public form (POST /api/v1/public/complaints). */
export function makeComplaint(facilityId: string, overrides: Record<string, unknown> = {}) {
  return {
    facilityId,
    patterns: ['absence_exclusion'],
    description:
      'Wenn die Schulbegleitung krank ist, ruft die OGS mich an und ich muss Ben abholen. ' +
      'Das war im März schon viermal so.',
    guardian: { name: 'Aylin Demir', email: 'aylin.demir@example.org', phone: '0228 987654' },
    child: { initials: 'B. D.', birthYear: 2018, disability: 'Trisomie 21' },
    contactConsent: true,
    ...overrides,
  };
}
