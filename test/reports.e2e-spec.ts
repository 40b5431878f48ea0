import { writeFileSync } from 'node:fs';
import { CaseStatistics, MONTHLY_FROM_SUMMARY_SQL } from '@teilhabe/cases';
import { possibleCounts } from '@teilhabe/reports';
import mammoth from 'mammoth';
import { createCase, createFacility, districtId } from './support/builders';
import { expectFieldError } from './support/expectations';
import { pdfText } from './support/pdf';
import { type Api, startTestApp, type TestApp } from './support/test-app';

type Row = Record<string, string | number | null> & { count: number | null };
interface Report {
  rows: Row[];
  totals: Row[];
  protection: string;
  labels: { dimension: string; value: string; label: string }[];
  note: string;
}

/** The body of a binary answer. */
const binary = (req: ReturnType<Api['get']>) =>
  req.buffer(true).parse((r, done) => {
    const chunks: Buffer[] = [];
    r.on('data', (c: Buffer) => chunks.push(c));
    r.on('end', () => done(null, Buffer.concat(chunks)));
  });

/** The cell of a report with exactly these values (a total when dimensions are left out). */
function cell(report: Report, values: Record<string, string>): number | null {
  const all = [...report.rows, ...report.totals];
  const found = all.find((r) => {
    const keys = Object.keys(r).filter(
      (k) => k !== 'count' && k !== 'previousCount' && k !== 'per10000',
    );
    return keys.length === Object.keys(values).length && keys.every((k) => r[k] === values[k]);
  });
  if (!found) throw new Error(`no cell ${JSON.stringify(values)}`);
  return found.count;
}

/** Every sum of one value from each set. */
function sums(sets: number[][]): Set<number> {
  return sets.reduce(
    (acc, set) => new Set([...acc].flatMap((a) => set.map((b) => a + b))),
    new Set([0]),
  );
}

/**
 * What someone who knows the perturbation table may conclude about one cell of a line (a row
 * or column with its published total): the true counts that fit its published value and,
 * together with some possible counts of the other cells, the published total.
 */
function deducible(target: number, others: number[], total: number): number[] {
  const rest = sums(others.map(possibleCounts));
  const totals = new Set(possibleCounts(total));
  return possibleCounts(target).filter((t) => [...rest].some((s) => totals.has(t + s)));
}

/** Whether a set of possible counts pins a child down: only 1 or 2 are left. */
const revealsSmallCount = (counts: number[]) =>
  counts.length > 0 && counts.every((n) => n === 1 || n === 2);

describe('reports: case counts', () => {
  let t: TestApp;
  let committee: Api;
  let caseworker: Api;
  let koeln: string;
  let bonn: string;
  let essenOgs: string;

  beforeAll(async () => {
    t = await startTestApp();
    koeln = await createFacility(t, { district: 'Köln' });
    bonn = await createFacility(t, { district: 'Bonn', kind: 'ogs' });
    essenOgs = await createFacility(t, { district: 'Essen', kind: 'ogs' });
    // Köln: 6 cases in the first quarter, 2 in April; Bonn: 1 (one child, one quarter).
    for (let i = 0; i < 6; i++) {
      await createCase(t, koeln, { receivedAt: `2025-0${1 + (i % 3)}-1${i}` });
    }
    await createCase(t, koeln, {
      receivedAt: '2025-04-03',
      patterns: ['hours_capped_to_assistance'],
    });
    await createCase(t, koeln, {
      receivedAt: '2025-04-07',
      patterns: ['hours_capped_to_assistance'],
    });
    await createCase(t, bonn, { receivedAt: '2025-02-20', patterns: ['activity_exclusion'] });
    await createCase(t, koeln, { receivedAt: '2024-02-10' });
    // Essen: one Kita-less district with 1 case in pattern A and 5 in pattern B.
    await createCase(t, essenOgs, {
      receivedAt: '2025-03-01',
      patterns: ['parent_must_substitute'],
    });
    for (let i = 0; i < 5; i++) {
      await createCase(t, essenOgs, {
        receivedAt: '2025-03-0' + (2 + i),
        patterns: ['absence_exclusion'],
      });
    }
    committee = await t.as('committee');
    caseworker = await t.as('caseworker', ['Köln']);
  });
  afterAll(() => t.close());

  const get = (api: Api, query: string) =>
    api.get(`/api/v1/reports/case-counts?${query}`).expect(200);

  it('gives caseworkers the exact counts of their own districts only', async () => {
    const res = await get(caseworker, 'groupBy=district&from=2025-01-01&to=2025-12-31');
    const report = res.body as Report;
    expect(report.protection).toBe('exact');
    expect(report.rows).toEqual([{ district: 'koeln', count: 8 }]);
    expect(report.totals).toEqual([{ count: 8 }]);
    expect(report.labels).toEqual([{ dimension: 'district', value: 'koeln', label: 'Köln' }]);
  });

  it('compares each cell with the same cell a year earlier', async () => {
    const res = await get(
      caseworker,
      'groupBy=quarter&from=2025-01-01&to=2025-12-31&compare=previousYear',
    );
    const report = res.body as Report;
    expect(report.rows).toEqual([
      { quarter: '2025-Q1', count: 6, previousCount: 1 },
      { quarter: '2025-Q2', count: 2, previousCount: 0 },
      { quarter: '2025-Q3', count: 0, previousCount: 0 },
      { quarter: '2025-Q4', count: 0, previousCount: 0 },
    ]);
    expect(report.totals).toEqual([{ count: 8, previousCount: 1 }]);
    // For committees the earlier value is the one last year's report publishes.
    const now = (
      await get(committee, 'groupBy=district&from=2025-01-01&to=2025-12-31&compare=previousYear')
    ).body as Report;
    const then = (await get(committee, 'groupBy=district&from=2024-01-01&to=2024-12-31'))
      .body as Report;
    for (const row of now.rows) {
      expect(row.previousCount).toBe(cell(then, { district: row.district as string }));
      expect([1, 2]).not.toContain(row.previousCount);
    }
  });

  it('gives committees protected counts of every district, never a 1 or a 2', async () => {
    const res = await get(committee, 'groupBy=district,quarter&from=2025-01-01&to=2025-12-31');
    const report = res.body as Report;
    expect(report.protection).toBe('cell_key');
    expect(report.note).toContain('Cell-Key');
    // Every district, every quarter: the fixed layout, whether a cell has cases or not.
    const districts = report.labels.filter((l) => l.dimension === 'district').length;
    expect(districts).toBeGreaterThan(20);
    expect(report.rows).toHaveLength(districts * 4);
    for (const row of [...report.rows, ...report.totals]) {
      expect([1, 2]).not.toContain(row.count);
    }
    // One child in Bonn in the first quarter: published as 0 or 3, which 0 to 5 cases give too.
    const bonnQ1 = cell(report, { district: 'bonn', quarter: '2025-Q1' }) as number;
    expect([0, 3]).toContain(bonnQ1);
    expect(possibleCounts(bonnQ1).some((n) => n === 0 || n >= 3)).toBe(true);
  });

  it('shows the same cell with the same value in every report that has it', async () => {
    const one = (await get(committee, 'groupBy=district&from=2025-01-01&to=2025-12-31'))
      .body as Report;
    const two = (await get(committee, 'groupBy=pattern,district&from=2025-01-01&to=2025-12-31'))
      .body as Report;
    const again = (await get(committee, 'groupBy=district&from=2025-01-01&to=2025-12-31'))
      .body as Report;
    expect(again.rows).toEqual(one.rows);
    for (const district of ['koeln', 'bonn', 'essen']) {
      expect(cell(two, { district })).toBe(cell(one, { district }));
    }
    expect(cell(two, {})).toBe(cell(one, {}));
  });

  describe('data sets designed to leak', () => {
    it('lets no cell be worked out as 1 or 2 from its row or column total', async () => {
      const report = (
        await get(committee, 'groupBy=district,pattern&from=2025-01-01&to=2025-12-31')
      ).body as Report;
      const values = (d: string) => [
        ...new Set(report.labels.filter((l) => l.dimension === d).map((l) => l.value)),
      ];
      const districts = values('district');
      const patterns = values('pattern');
      // Essen: parent_must_substitute 1, absence_exclusion 5; the total 6 minus 5 would be 1.
      for (const district of districts) {
        const line = patterns.map((pattern) => cell(report, { district, pattern }) as number);
        const total = cell(report, { district }) as number;
        line.forEach((target, i) => {
          const others = line.filter((_v, j) => j !== i);
          expect({
            district,
            i,
            counts: revealsSmallCount(deducible(target, others, total)),
          }).toEqual({
            district,
            i,
            counts: false,
          });
        });
      }
      for (const pattern of patterns) {
        const line = districts.map((district) => cell(report, { district, pattern }) as number);
        const total = cell(report, { pattern }) as number;
        line.forEach((target, i) => {
          const others = line.filter((_v, j) => j !== i);
          expect(revealsSmallCount(deducible(target, others, total))).toBe(false);
        });
      }
    });

    it('reveals no count of 1 or 2 from two reports whose periods differ by one month', async () => {
      // Bonn's one case lies in February: Jan–Mar holds it, Mar–May does not; Feb–Apr vs Mar–Apr.
      const pairs = [
        ['2025-01-01', '2025-03-31', '2025-02-01', '2025-04-30'],
        ['2025-02-01', '2025-04-30', '2025-03-01', '2025-04-30'],
        ['2025-01-01', '2025-02-28', '2025-01-01', '2025-01-31'],
      ];
      for (const [fromA, toA, fromB, toB] of pairs) {
        const a = (await get(committee, `groupBy=district&from=${fromA}&to=${toA}`)).body as Report;
        const b = (await get(committee, `groupBy=district&from=${fromB}&to=${toB}`)).body as Report;
        for (const district of ['bonn', 'koeln', 'essen']) {
          const pa = cell(a, { district }) as number;
          const pb = cell(b, { district }) as number;
          expect([1, 2]).not.toContain(pa);
          expect([1, 2]).not.toContain(pb);
          // The true difference could be any of these: never only 1 or 2.
          const differences = possibleCounts(pa).flatMap((x) =>
            possibleCounts(pb).map((y) => Math.abs(x - y)),
          );
          expect(revealsSmallCount([...new Set(differences)])).toBe(false);
        }
      }
    });

    it('reveals no count of 1 or 2 from a report with one district more', async () => {
      const bonnId = (await t.api().get('/api/v1/districts').expect(200)).body.find(
        (d: { code: string }) => d.code === 'bonn',
      ).id as string;
      const all = (await get(committee, 'groupBy=setting&from=2025-01-01&to=2025-12-31'))
        .body as Report;
      const onlyBonn = (
        await get(committee, `groupBy=setting&from=2025-01-01&to=2025-12-31&districtId=${bonnId}`)
      ).body as Report;
      for (const setting of ['kita', 'ogs', 'ogs_foerderschule']) {
        const pa = cell(all, { setting }) as number;
        const pb = cell(onlyBonn, { setting }) as number;
        const differences = possibleCounts(pa).flatMap((x) => possibleCounts(pb).map((y) => x - y));
        expect(revealsSmallCount([...new Set(differences)])).toBe(false);
        // The one Bonn case in OGS itself: 0 or 3.
        if (setting === 'ogs') expect([0, 3]).toContain(pb);
      }
    });
  });

  it('counts the same from the monthly summary as from every case, also after changes', async () => {
    const statistics = t.app.get(CaseStatistics);
    const sorted = (cells: { values: object; count: number; keySum: number }[]) =>
      cells.map((c) => JSON.stringify([c.values, c.count, c.keySum])).sort();
    const check = async () => {
      for (const groupBy of [
        ['district'],
        ['district', 'pattern'],
        ['quarter', 'setting'],
        ['month', 'status'],
        ['pattern'],
        ['setting', 'providerType'],
        ['status', 'pattern'],
        ['channel', 'setting'],
      ] as const) {
        for (const [from, to] of [
          ['2025-01-01', '2025-12-31'],
          ['2025-01-15', '2025-04-05'],
          ['2024-02-10', '2025-03-01'],
        ]) {
          const query = { groupBy, from, to };
          expect(sorted(await statistics.count(query))).toEqual(
            sorted(await statistics.count(query, { monthly: false })),
          );
        }
      }
    };
    await check();
    const moved = await createCase(t, essenOgs, { receivedAt: '2025-03-20' });
    await t
      .api()
      .post(`/api/v1/cases/${moved.id}/transitions`)
      .send({ to: 'withdrawn', reason: 'Zurückgezogen.' })
      .expect(200);
    await t
      .api()
      .patch(`/api/v1/cases/${moved.id}`)
      .send({ patterns: ['activity_exclusion', 'absence_exclusion'] })
      .expect(409);
    const other = await createCase(t, bonn, { receivedAt: '2025-05-20' });
    await t
      .api()
      .patch(`/api/v1/cases/${other.id}`)
      .send({
        patterns: ['activity_exclusion', 'absence_exclusion'],
        receivedAt: '2025-06-02',
        facilityId: koeln,
      })
      .expect(200);
    await check();
    // The bulk fill (as the migration and the benchmark do it) gives what the writes kept.
    const monthly = () =>
      t.dataSource.query(
        'SELECT * FROM case_statistics_monthly WHERE cases <> 0 ORDER BY received_month, district_id, dimension, value',
      );
    const kept = await monthly();
    await t.dataSource.query('DELETE FROM case_statistics_monthly');
    await t.dataSource.query(MONTHLY_FROM_SUMMARY_SQL);
    expect(await monthly()).toEqual(kept);
  });

  it('writes CSV for German Excel: BOM, semicolons, German headings', async () => {
    const res = await binary(
      committee.get(
        '/api/v1/reports/case-counts?groupBy=district,setting&from=2025-01-01&to=2025-12-31&format=csv',
      ),
    ).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toContain('attachment');
    const text = (res.body as Buffer).toString('utf8');
    expect(text.startsWith('\uFEFFJugendamtsbezirk;Angebot;Anzahl\r\n')).toBe(true);
    expect(text).toMatch(/\r\nKöln;Kita;\d+\r\n/);
    expect(text).toMatch(/\r\nInsgesamt;Insgesamt;\d+\r\n/);
    expect(text).toContain('Cell-Key');
    expect(text).not.toMatch(/;[12]\r\n/);
  });

  it('writes an Excel workbook', async () => {
    const res = await binary(
      committee.get(
        '/api/v1/reports/case-counts?groupBy=pattern&from=2025-01-01&to=2025-12-31&format=xlsx',
      ),
    ).expect(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect((res.body as Buffer).subarray(0, 2).toString()).toBe('PK');
  });

  it('writes the committee report as a PDF with its tables, charts and the note on protection', async () => {
    const res = await binary(
      committee.get(
        '/api/v1/reports/case-counts?groupBy=district,pattern&from=2025-01-01&to=2025-12-31&format=pdf',
      ),
    ).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const out = process.env.REPORTS_PDF_OUT;
    if (out) writeFileSync(out, res.body as Buffer);
    const text = (await pdfText(res.body as Buffer)).replace(/\s+/g, ' ');
    expect(text).toContain('Bericht an den Ausschuss');
    expect(text).toContain('Stand:');
    expect(text).toContain('Cell-Key-Verfahren');
    expect(text).toContain('Fälle nach Ausschlussmuster');
    expect(text).toContain('Entwicklung nach Quartal');
    expect(text).toContain('Fälle je Jugendamtsbezirk');
  });

  it('drafts the inquiry answer as PDF and DOCX, with protected counts', async () => {
    const pdf = await binary(
      caseworker.get('/api/v1/reports/inquiry-answer?from=2025-01-01&to=2025-12-31'),
    ).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = (await pdfText(pdf.body as Buffer)).replace(/\s+/g, ' ');
    expect(text).toContain('Antwort auf die Anfrage');
    expect(text).toContain('Kündigungen von Betreuungsverträgen');
    expect(text).toContain('Ausgang der Fälle');
    expect(text).toContain('Trägerart');
    const docx = await binary(
      caseworker.get('/api/v1/reports/inquiry-answer?from=2025-01-01&to=2025-12-31&format=docx'),
    ).expect(200);
    expect(docx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const doc = await mammoth.extractRawText({ buffer: docx.body as Buffer });
    expect(doc.value).toContain('Bekannt gewordene Ausschlüsse aus Kita und OGS');
    expect(doc.value).toContain('Beratung angenommen');
  });

  it('writes every export to the audit log', async () => {
    const before = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action LIKE 'report.%'`,
    );
    for (const format of ['json', 'csv', 'xlsx', 'pdf']) {
      await binary(
        committee.get(
          `/api/v1/reports/case-counts?groupBy=setting&from=2025-01-01&to=2025-06-30&format=${format}`,
        ),
      ).expect(200);
    }
    await binary(committee.get('/api/v1/reports/inquiry-answer?format=docx')).expect(200);
    const entries = await t.dataSource.query<
      { action: string; details: Record<string, unknown> }[]
    >(
      `SELECT action, details FROM audit_log WHERE action LIKE 'report.%' ORDER BY id DESC LIMIT 5`,
    );
    const after = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action LIKE 'report.%'`,
    );
    expect(after[0].n - before[0].n).toBe(5);
    expect(entries.map((e) => [e.action, e.details.format]).reverse()).toEqual([
      ['report.case_counts', 'json'],
      ['report.case_counts', 'csv'],
      ['report.case_counts', 'xlsx'],
      ['report.case_counts', 'pdf'],
      ['report.inquiry_answer', 'docx'],
    ]);
    expect(entries[0].details).toMatchObject({ protection: 'cell_key', groupBy: ['setting'] });
  });

  it('moves the cases of a facility whose district, kind or provider type is changed', async () => {
    // A facility recorded in the wrong district, as an OGS that is a Kita, by a "free" provider
    // that is a church's: corrected, its cases are counted where they belong at once.
    const facility = await createFacility(t, { district: 'Krefeld', kind: 'ogs' });
    for (let i = 0; i < 4; i++) await createCase(t, facility, { receivedAt: `2022-05-1${i}` });
    const office = await t.as('team_lead', ['Krefeld', 'Solingen']);
    const query = (groupBy: string) => `groupBy=${groupBy}&from=2022-01-01&to=2022-12-31`;
    const before = (await get(office, query('district,setting'))).body as Report;
    expect(cell(before, { district: 'krefeld', setting: 'ogs' })).toBe(4);
    await t
      .api()
      .patch(`/api/v1/facilities/${facility}`)
      .send({ districtId: await districtId(t, 'Solingen'), kind: 'kita' })
      .expect(200);
    const after = (await get(office, query('district,setting'))).body as Report;
    expect(cell(after, { district: 'krefeld' })).toBe(0);
    expect(cell(after, { district: 'solingen', setting: 'kita' })).toBe(4);
    // Within a month too (the cases, not the monthly summary).
    const may = (await get(office, 'groupBy=district&from=2022-05-11&to=2022-05-12'))
      .body as Report;
    expect(cell(may, { district: 'solingen' })).toBe(2);

    const { provider } = (await t.api().get(`/api/v1/facilities/${facility}`).expect(200)).body;
    await t.api().patch(`/api/v1/providers/${provider.id}`).send({ type: 'church' }).expect(200);
    const byType = (await get(office, query('providerType'))).body as Report;
    expect(cell(byType, { providerType: 'church' })).toBe(4);
    expect(cell(byType, { providerType: provider.type })).toBe(0);
  });

  it('refuses administrators (no case data) and wrong input', async () => {
    const admin = await t.as('admin');
    await admin.get('/api/v1/reports/case-counts?groupBy=district').expect(403);
    const reversed = await committee
      .get('/api/v1/reports/case-counts?groupBy=district&from=2025-05-01&to=2025-01-01')
      .expect(400);
    expectFieldError(reversed, 'to', 'period_reversed');
    await committee.get('/api/v1/reports/case-counts?groupBy=district,pattern,status').expect(400);
    await committee.get('/api/v1/reports/case-counts?groupBy=child').expect(400);
    await committee.get('/api/v1/reports/case-counts').expect(400);
  });
});
