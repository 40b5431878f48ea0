/// <reference lib="dom" />
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import {
  accessibilityViolations,
  elementsPastTheEdge,
  horizontalOverflow,
  launchBrowser,
  loaded,
  newPage,
  SCREENSHOTS,
  serve,
  signIn,
} from './support/browser';
import { createCase, createFacility, districtId } from './support/builders';
import { type Api, startTestApp, TEST_USER, type TestApp } from './support/test-app';

/*
 * The funding pages in the browser: a funding controller of the Rhein-Sieg-Kreis sees the
 * district overview (chart and table), an allocation's assessment line by line, imports a CSV
 * (a bad row is named and nothing imported), records the settlement and drafts the notice to
 * the ministry; schools and pool models; the case file shows the pool model of the OGS's school.
 */
let t: TestApp;
let base: string;
let browser: Browser;
let controller: Api;
let rheinSieg: string;
let allocationId: string;
let caseId: string;
let caseReference: string;
const CONTROLLER = { email: 'funding-controller-1@teilhabe.test', password: TEST_USER.password };

beforeAll(async () => {
  t = await startTestApp();
  base = await serve(t);
  controller = await t.as('funding_controller', ['Rhein-Sieg-Kreis']);
  rheinSieg = await districtId(t, 'Rhein-Sieg-Kreis');
  allocationId = (
    await controller
      .post('/api/v1/funding/allocations')
      .send({
        districtId: rheinSieg,
        schoolYear: '2020/2021',
        amount: '891931.68',
        decidedAt: '2020-11-02',
        paidAt: '2021-06-30',
      })
      .expect(201)
  ).body.id;
  const spend = (body: Record<string, unknown>) =>
    controller
      .post(`/api/v1/funding/allocations/${allocationId}/expenditures`)
      .send(body)
      .expect(201);
  await spend({
    category: 'pool_personnel',
    amount: '300000.00',
    description: 'Schulbegleitungen im Pool',
  });
  await spend({
    category: 'pool_overhead',
    amount: '60000.00',
    description: 'Koordinierungsstelle',
  });
  await spend({
    category: 'general_budget',
    amount: '400000.00',
    description: 'Verbucht im allgemeinen Haushalt',
  });
  const ogs = await createFacility(t, { district: 'Rhein-Sieg-Kreis', kind: 'ogs' });
  const school = await controller
    .post('/api/v1/funding/schools')
    .send({
      name: 'GGS Am Michaelsberg',
      level: 'primary',
      commonLearning: true,
      schoolAuthority: 'Stadt Siegburg',
      districtId: rheinSieg,
      facilityIds: [ogs],
    })
    .expect(201);
  await controller
    .post('/api/v1/funding/pool-models')
    .send({
      name: 'Schulbegleitung im Pool Rhein-Sieg',
      districtId: rheinSieg,
      staffCount: 12,
      hoursPerWeek: '35',
      payGrade: 'S4 TVöD',
      personnelCosts: '540000.00',
      schoolYears: [
        { schoolYear: '2020/2021', schoolIds: [school.body.id] },
        { schoolYear: '2025/2026', schoolIds: [school.body.id] },
      ],
    })
    .expect(201);
  const c = await createCase(t, ogs, { receivedAt: '2026-03-02' });
  caseId = c.id;
  caseReference = c.reference;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function signedIn(
  credentials = CONTROLLER,
  options: { width?: number; expected?: RegExp } = {},
) {
  const opened = await newPage(browser, options);
  await opened.page.goto(`${base}/anmelden`);
  await signIn(opened.page, credentials);
  await opened.page.waitForURL(`${base}/`);
  await loaded(opened.page);
  return opened;
}

async function noOverflow(page: Page) {
  expect(await elementsPastTheEdge(page)).toEqual([]);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
}

describe('funding pages', () => {
  it('shows the district overview with a chart of use by category and its table', async () => {
    const { page, problems } = await signedIn();
    await page.getByRole('heading', { name: 'Inklusionspauschale', level: 1 }).waitFor();
    const year = page.getByRole('region', { name: 'Schuljahr 2020/2021' });
    await year.waitFor();
    expect(await year.textContent()).toContain('891.931,68 €');
    expect(await year.textContent()).toContain('1 von 1 Schulen des Gemeinsamen Lernens');
    await year.getByRole('img', { name: /Verwendung nach Kategorie/ }).waitFor();
    const table = year.getByRole('table', { name: /Verwendung nach Kategorie/ });
    expect(await table.textContent()).toContain('Allgemeiner Haushalt');
    expect(await table.textContent()).toContain('400.000,00 €');
    // Pool coverage beside the OGS complaints, per school year, as a chart and a table.
    const coverage = page.getByRole('region', { name: 'Pool-Abdeckung und Beschwerden über OGS' });
    await coverage.getByRole('img', { name: /Anteil der Schulen/ }).waitFor();
    const row = coverage.getByRole('row', { name: /2025\/2026/ });
    expect(await row.textContent()).toContain('1 von 1');
    expect(await row.textContent()).toContain('100 %');
    // The controller sees the repayment reminder.
    expect(
      await page.getByRole('region', { name: 'Rückzahlungen (Frist 1. April)' }).textContent(),
    ).toContain('bis 01.04.2022');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'foerderung-uebersicht.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('shows an allocation’s assessment line by line, refuses a CSV with a bad row and imports a good one', async () => {
    const { page, problems } = await signedIn(CONTROLLER, { expected: /\/import$/ });
    await page.goto(`${base}/foerderung/zuweisungen/${allocationId}`);
    await page
      .getByRole('heading', { name: 'Inklusionspauschale Rhein-Sieg-Kreis, Schuljahr 2020/2021' })
      .waitFor();
    await loaded(page);
    const assessment = page.getByRole('region', { name: 'Prüfung der Verwendung' });
    const lines = assessment.getByRole('table', { name: 'Ausgaben und ihre Prüfung' });
    // 15 % of 300,000.00 is 45,000.00: the overhead is partly eligible.
    const overhead = lines.getByRole('row', { name: /Koordinierungsstelle/ });
    expect(await overhead.textContent()).toContain('teilweise förderfähig');
    expect(await overhead.textContent()).toContain('45.000,00 €');
    expect(await lines.getByRole('row', { name: /allgemeinen Haushalt/ }).textContent()).toContain(
      'nicht förderfähig',
    );

    const importer = page.getByRole('region', { name: 'Ausgaben aus CSV importieren' });
    const bad =
      'Datum;Kategorie;Betrag;Beschreibung\n31.07.2021;Supervision;1.000,00;Supervision\n31.02.2021;Supervision;10,00;Falsches Datum\n';
    await importer.getByLabel('CSV-Datei').setInputFiles({
      name: 'ausgaben.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(bad),
    });
    await importer.getByRole('button', { name: 'Importieren' }).click();
    const alert = importer.getByRole('alert');
    await alert.getByText(/nichts wurde importiert/).waitFor();
    expect(await alert.textContent()).toContain('Zeile 3, Datum');
    expect(await accessibilityViolations(page)).toEqual([]);

    const good =
      'Datum;Kategorie;Betrag;Beschreibung\n31.07.2021;Supervision;1.000,00;Supervision\n';
    await importer.getByLabel('CSV-Datei').setInputFiles({
      name: 'ausgaben.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(good),
    });
    await importer.getByRole('button', { name: 'Importieren' }).click();
    await importer.getByText('1 Ausgabe importiert (zusammen 1.000,00 €).').waitFor();
    await lines.getByRole('row', { name: /Supervision/ }).waitFor();

    const settlement = page.getByRole('region', { name: 'Vergleich' });
    await settlement.getByLabel('Als zweckentsprechend verwandt geltend (Euro)').fill('422362.00');
    await settlement.getByLabel('Vereinbart am').fill('2022-03-15');
    await settlement.getByRole('button', { name: 'Vergleich speichern' }).click();
    await assessment.getByText('469.569,68 €').waitFor();

    const notice = page.getByRole('region', { name: 'Anzeige an das Ministerium' });
    await notice.getByRole('button', { name: 'Anzeige entwerfen' }).click();
    const link = notice.getByRole('link', { name: /Anzeige nach § 4 Abs\. 2/ });
    await link.waitFor();
    const pdf = await page.request.get(`${base}${(await link.getAttribute('href'))!}`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'foerderung-zuweisung.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('lists and creates schools, lists pool models, and fits 320 px', async () => {
    const { page, problems } = await signedIn(CONTROLLER, { width: 320 });
    await noOverflow(page);
    await page.goto(`${base}/foerderung/schulen`);
    await page.getByRole('heading', { name: 'Schulen', level: 1 }).waitFor();
    await loaded(page);
    await page.getByLabel('Name', { exact: true }).fill('Gesamtschule Much');
    await page.getByLabel('Schulträger').fill('Gemeinde Much');
    await page.getByLabel('Schulform').selectOption('secondary');
    await page.getByRole('button', { name: 'Schule anlegen' }).click();
    await page.getByRole('cell', { name: 'Gesamtschule Much' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await noOverflow(page);

    await page.goto(`${base}/foerderung/pool-modelle`);
    await page.getByRole('heading', { name: 'Schulbegleitung im Pool Rhein-Sieg' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('540.000,00 €');
    expect(await accessibilityViolations(page)).toEqual([]);
    await noOverflow(page);

    await page.goto(`${base}/foerderung/zuweisungen`);
    await page.getByRole('table', { name: 'Zuweisungen' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await noOverflow(page);
    await page.goto(`${base}/foerderung/zuweisungen/${allocationId}`);
    await page.getByRole('region', { name: 'Prüfung der Verwendung' }).waitFor();
    await loaded(page);
    await noOverflow(page);
    expect(problems).toEqual([]);
  });

  it('shows the pool model of the OGS’s school on the case file', async () => {
    const { page, problems } = await signedIn(TEST_USER);
    await page.goto(`${base}/faelle/${caseId}`);
    await page.getByRole('heading', { name: `Fall ${caseReference}` }).waitFor();
    const pool = page.getByRole('region', { name: 'Pool-Modell' });
    await pool.waitFor();
    expect(await pool.textContent()).toContain('Schulbegleitung im Pool Rhein-Sieg');
    expect(await pool.textContent()).toContain('2025/2026');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
