import { writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { createCase, createFacility } from './support/builders';
import { expectFieldError } from './support/expectations';
import { pdfText } from './support/pdf';
import { type Api, startTestApp, type TestApp } from './support/test-app';

type Row = Record<string, string | number | null> & {
  count: number | null;
  per10000?: number | null;
};
interface Report {
  rows: Row[];
  totals: Row[];
  protection: string;
  reference: { years: number[]; missing: number; note: string } | null;
}

const binary = (req: ReturnType<Api['get']>) =>
  req.buffer(true).parse((r, done) => {
    const chunks: Buffer[] = [];
    r.on('data', (c: Buffer) => chunks.push(c));
    r.on('end', () => done(null, Buffer.concat(chunks)));
  });

describe('reports: cases per 10,000 children', () => {
  let t: TestApp;
  let admin: Api;
  let caseworker: Api;
  let committee: Api;

  const load = (csv: string | Buffer) =>
    admin.post('/api/v1/reports/reference-populations').set('Content-Type', 'text/csv').send(csv);
  const stored = async () =>
    t.dataSource.query<{ code: string; year: number; children: number }[]>(
      `SELECT d.code, r.year, r.children FROM reference_populations r
         JOIN districts d ON d.id = r.district_id ORDER BY d.code, r.year`,
    );
  const report = async (api: Api, query: string) =>
    (await api.get(`/api/v1/reports/case-counts?${query}`).expect(200)).body as Report;

  beforeAll(async () => {
    t = await startTestApp();
    const koeln = await createFacility(t, { district: 'Köln' });
    const bonn = await createFacility(t, { district: 'Bonn', kind: 'ogs' });
    // Köln: 9 cases in 2025 (6 absence, 3 hours capped); Bonn: 4.
    for (let i = 0; i < 9; i++) {
      await createCase(t, koeln, {
        receivedAt: `2025-0${1 + (i % 6)}-1${i}`,
        patterns: [i < 6 ? 'absence_exclusion' : 'hours_capped_to_assistance'],
      });
    }
    for (let i = 0; i < 4; i++) {
      await createCase(t, bonn, { receivedAt: `2025-03-0${1 + i}` });
    }
    admin = await t.as('admin');
    caseworker = await t.as('caseworker', ['Köln', 'Bonn']);
    committee = await t.as('committee');
  });
  afterAll(() => t.close());

  it('reports no rate while no children are loaded', async () => {
    const r = await report(caseworker, 'groupBy=district&from=2025-01-01&to=2025-12-31');
    expect(r.reference).toBeNull();
    expect(r.rows.every((row) => row.per10000 === undefined)).toBe(true);
  });

  it('loads children per district from a statistics office CSV (Windows-1252, 12.345)', async () => {
    const csv =
      'Bezirk;Jahr;Kinder\r\nKöln;2024;180.000\r\nbonn;2024;40000\r\nKÖLN;2026;200.000\r\n';
    const res = await load(iconv.encode(csv, 'win1252')).expect(201);
    expect(res.body.imported).toBe(3);
    expect(await stored()).toEqual([
      { code: 'bonn', year: 2024, children: 40000 },
      { code: 'koeln', year: 2024, children: 180000 },
      { code: 'koeln', year: 2026, children: 200000 },
    ]);
    const list = await committee.get('/api/v1/reports/reference-populations').expect(200);
    expect(list.body.items).toHaveLength(3);
    expect(list.body.items[0]).toMatchObject({
      district: 'koeln',
      districtName: 'Köln',
      year: 2026,
      children: 200000,
    });
    const audit = await t.dataSource.query<{ details: Record<string, unknown> }[]>(
      `SELECT details FROM audit_log WHERE action = 'report.reference_import'`,
    );
    expect(audit).toEqual([{ details: { rows: 3, years: [2024, 2026] } }]);
  });

  it('gives the office cases per 10,000 children of each district, from the latest count up to the period', async () => {
    // 2025 has no figures yet: 2024's are used (Köln 9 / 180,000, Bonn 4 / 40,000).
    const r = await report(caseworker, 'groupBy=district&from=2025-01-01&to=2025-12-31');
    expect(r.rows).toEqual([
      { district: 'bonn', count: 4, per10000: 1 },
      { district: 'koeln', count: 9, per10000: 0.5 },
    ]);
    expect(r.totals).toEqual([{ count: 13, per10000: 0.6 }]);
    expect(r.reference).toEqual({
      years: [2024],
      missing: 0,
      note: 'Fälle je 10.000 Kinder: bezogen auf die Kinderzahl der Jugendamtsbezirke (Stand 2024).',
    });
    // A cross table: each cell and each district's total by its district's children; the
    // patterns' totals over both districts.
    const cross = await report(
      caseworker,
      'groupBy=district,pattern&from=2025-01-01&to=2025-12-31',
    );
    const cell = (values: Record<string, string>) =>
      [...cross.rows, ...cross.totals].find(
        (row) =>
          Object.entries(values).every(([k, v]) => row[k] === v) &&
          ['district', 'pattern'].every((k) => k in values || row[k] === undefined),
      );
    expect(cell({ district: 'koeln', pattern: 'hours_capped_to_assistance' })).toMatchObject({
      count: 3,
      per10000: 0.2,
    });
    expect(cell({ district: 'koeln' })).toMatchObject({ count: 9, per10000: 0.5 });
    expect(cell({ pattern: 'absence_exclusion' })).toMatchObject({ count: 10, per10000: 0.5 });
    // Not grouped by district: no rate.
    const byPattern = await report(caseworker, 'groupBy=pattern&from=2025-01-01&to=2025-12-31');
    expect(byPattern.reference).toBeNull();
  });

  it('says which districts have no count and gives them no rate', async () => {
    // 2026's figures exist for Köln only; Bonn keeps 2024's.
    const r = await report(caseworker, 'groupBy=district&from=2026-01-01&to=2026-12-31');
    expect(r.reference?.years).toEqual([2024, 2026]);
    await load('Bezirk;Jahr;Kinder\nKöln;2023;150000\n').expect(201);
    const early = await report(caseworker, 'groupBy=district&from=2023-01-01&to=2023-12-31');
    expect(early.rows).toEqual([
      { district: 'bonn', count: 0, per10000: null },
      { district: 'koeln', count: 0, per10000: 0 },
    ]);
    expect(early.totals).toEqual([{ count: 0, per10000: null }]);
    expect(early.reference).toMatchObject({ years: [2023], missing: 1 });
    expect(early.reference?.note).toContain('für einen Bezirk ist keine Kinderzahl geladen');
  });

  it('gives committees rates of the protected counts only', async () => {
    const r = await report(committee, 'groupBy=district&from=2025-01-01&to=2025-12-31');
    expect(r.protection).toBe('cell_key');
    for (const row of r.rows) {
      const children = row.district === 'koeln' ? 180000 : row.district === 'bonn' ? 40000 : null;
      if (children === null) {
        expect(row.per10000).toBeNull();
      } else {
        expect(row.per10000).toBe(Math.round(((row.count as number) * 100000) / children) / 10);
      }
    }
    // Only Köln and Bonn of every district have a count: no rate for all of them together.
    expect(r.totals[0].per10000).toBeNull();
  });

  it('puts the rate into the CSV and the committee PDF', async () => {
    const csv = await binary(
      caseworker.get(
        '/api/v1/reports/case-counts?groupBy=district&from=2025-01-01&to=2025-12-31&format=csv',
      ),
    ).expect(200);
    const text = (csv.body as Buffer).toString('utf8');
    expect(text.startsWith('\uFEFFJugendamtsbezirk;Anzahl;je 10.000 Kinder\r\n')).toBe(true);
    expect(text).toContain('\r\nKöln;9;0,5\r\n');
    expect(text).toContain('\r\nInsgesamt;13;0,6\r\n');
    expect(text).toContain('Stand 2024');
    const pdf = await binary(
      committee.get(
        '/api/v1/reports/case-counts?groupBy=district,pattern&from=2025-01-01&to=2025-12-31&format=pdf',
      ),
    ).expect(200);
    if (process.env.RATES_PDF_OUT) writeFileSync(process.env.RATES_PDF_OUT, pdf.body as Buffer);
    const words = (await pdfText(pdf.body as Buffer)).replace(/\s+/g, ' ');
    expect(words).toContain('je 10.000 Kinder');
    expect(words).toContain('bezogen auf die Kinderzahl der Jugendamtsbezirke');
    // The office's own PDF, exact counts: the rate in German (0,5), not as a program writes it.
    const own = await binary(
      caseworker.get(
        '/api/v1/reports/case-counts?groupBy=district&from=2025-01-01&to=2025-12-31&format=pdf',
      ),
    ).expect(200);
    const ownWords = (await pdfText(own.body as Buffer)).replace(/\s+/g, ' ');
    expect(ownWords).toMatch(/Köln 9 0,5/);
    expect(ownWords).not.toContain('0.5');
  });

  it('replaces a count loaded before and removes a year loaded by mistake', async () => {
    await load('Bezirk;Jahr;Kinder\nbonn;2024;50.000\n').expect(201);
    expect((await stored()).find((s) => s.code === 'bonn')).toEqual({
      code: 'bonn',
      year: 2024,
      children: 50000,
    });
    await admin.delete('/api/v1/reports/reference-populations/2023').expect(204);
    expect((await stored()).map((s) => s.year)).not.toContain(2023);
    const again = await admin.delete('/api/v1/reports/reference-populations/2023').expect(404);
    expect(again.body.code).toBe('reference_year_not_found');
    expectFieldError(
      await admin.delete('/api/v1/reports/reference-populations/20x3'),
      'year',
      'isYear',
    );
    await caseworker.delete('/api/v1/reports/reference-populations/2024').expect(403);
  });

  it('names every bad line and field and loads nothing', async () => {
    const before = await stored();
    const res = await load(
      'Bezirk;Jahr;Kinder\n' +
        'Atlantis;2024;1000\n' +
        'koeln;24;1000\n' +
        'bonn;2025;-5\n' +
        'bonn;2025;12,5\n' +
        'essen;2025;30000\n' +
        'Essen;2025;30000\n',
    ).expect(400);
    expect(res.body.code).toBe('reference_csv_invalid');
    expect(res.body.message).toBe('Die CSV-Datei hat 5 Fehler; nichts wurde geladen.');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'line 2: Bezirk',
      'line 3: Jahr',
      'line 4: Kinder',
      'line 5: Kinder',
      'line 7: Bezirk',
    ]);
    expect(res.body.errors[0].message).toContain('„Atlantis“ ist kein bekannter Jugendamtsbezirk');
    expect(res.body.errors[4].message).toBe('Zeile 7, Bezirk: Essen 2025 steht schon in Zeile 6.');
    const header = await load('Kreis;Jahr;Anzahl\nkoeln;2025;1\n').expect(400);
    expect(header.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'line 1: Bezirk',
      'line 1: Kinder',
    ]);
    expectFieldError(await load(''), 'file', 'required');
    // JSON instead of a file: the field is unknown, nothing is loaded.
    expectFieldError(
      await admin.post('/api/v1/reports/reference-populations').send({ Bezirk: 'koeln' }),
      'Bezirk',
      'unknown_field',
    );
    expect(await stored()).toEqual(before);
  });
});
