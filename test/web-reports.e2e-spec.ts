/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser } from 'playwright-core';
import {
  accessibilityViolations,
  elementsPastTheEdge,
  horizontalOverflow,
  launchBrowser,
  newPage,
  SCREENSHOTS,
  serve,
  signIn,
} from './support/browser';
import { createCase, createFacility } from './support/builders';
import { startTestApp, TEST_USER, type TestApp } from './support/test-app';

/*
 * Reports in the browser: a committee member chooses a grouping and a period, sees the table
 * and the chart (whose text alternative is the table) and downloads each format; a caseworker
 * sees the exact counts of their district and downloads the draft answer to an inquiry.
 */
let t: TestApp;
let base: string;
let browser: Browser;
const year = new Date().getFullYear();

beforeAll(async () => {
  t = await startTestApp();
  base = await serve(t);
  const koeln = await createFacility(t, { district: 'Köln' });
  const bonn = await createFacility(t, { district: 'Bonn', kind: 'ogs' });
  for (let i = 0; i < 7; i++) {
    await createCase(t, koeln, {
      receivedAt: `${year}-0${1 + (i % 4)}-1${i}`,
      patterns: i % 2 ? ['absence_exclusion'] : ['hours_capped_to_assistance'],
    });
  }
  await createCase(t, bonn, { receivedAt: `${year}-02-02` });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function signInAs(role: string, districts: string[] = []) {
  const api = await t.as(role, districts);
  const me = await api.get('/api/v1/auth/me').expect(200);
  return { email: me.body.email as string, password: TEST_USER.password };
}

describe('the reports page', () => {
  it('shows a committee protected counts as table and chart, with every download', async () => {
    const { page, problems } = await newPage(browser);
    await page.goto(`${base}/anmelden`);
    await signIn(page, await signInAs('committee'));
    await page.waitForURL(`${base}/`);
    await page.getByRole('heading', { name: 'Berichte', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Beschwerden nach Jugendamtsbezirk' }).waitFor();
    await page.getByText('Cell-Key-Verfahren').first().waitFor();
    const table = page.getByRole('table', { name: /Beschwerden nach Jugendamtsbezirk/ });
    expect(await table.getByRole('rowheader', { name: 'Wuppertal' }).count()).toBe(1);
    const cells = await table.locator('td').allTextContents();
    expect(cells.some((c) => c === '1' || c === '2')).toBe(false);
    // The chart, drawn from the same spec as the PDF, points to the table as its text.
    const chart = page.getByRole('img', { name: /Diagramm: Fälle nach Jugendamtsbezirk/ });
    await chart.waitFor();
    expect(await chart.getAttribute('aria-describedby')).toBe('report-table');

    // Patterns down, quarters across: the address keeps the choice.
    await page.getByLabel('Zeilen').selectOption('pattern');
    await page.getByLabel('Spalten').selectOption('quarter');
    await page
      .getByRole('heading', { name: 'Beschwerden nach Ausschlussmuster und Quartal' })
      .waitFor();
    expect(page.url()).toContain('zeilen=pattern');
    expect(page.url()).toContain('spalten=quarter');
    const cross = page.getByRole('table', { name: /Ausschlussmuster und Quartal/ });
    expect(await cross.getByRole('columnheader', { name: `1. Quartal ${year}` }).count()).toBe(1);
    await page.getByRole('img', { name: /Diagramm: Fälle nach Ausschlussmuster/ }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'berichte.png'), fullPage: true });

    const csv = page.waitForEvent('download');
    await page.getByRole('link', { name: 'CSV (Excel)' }).click();
    const file = await csv;
    expect(file.suggestedFilename()).toMatch(/^fallzahlen-pattern-quarter-.*\.csv$/);
    const text = readFileSync(await file.path(), 'utf8');
    expect(text.startsWith('\uFEFFAusschlussmuster;Quartal;Anzahl')).toBe(true);
    for (const [name, ext] of [
      ['Excel-Arbeitsmappe', 'xlsx'],
      ['PDF-Bericht', 'pdf'],
      ['Antwortentwurf als Word-Dokument (zum Bearbeiten)', 'docx'],
    ]) {
      const href = await page.getByRole('link', { name }).getAttribute('href');
      expect(href).toContain(`format=${ext}`);
    }
    expect(problems).toEqual([]);
  });

  it('gives caseworkers the exact counts of their district and the draft answer', async () => {
    const { page, problems } = await newPage(browser);
    await page.goto(`${base}/anmelden`);
    await signIn(page, await signInAs('caseworker', ['Köln']));
    await page.waitForURL(`${base}/`);
    await page.getByRole('navigation').getByRole('link', { name: 'Berichte' }).click();
    await page.waitForURL(`${base}/berichte`);
    await page.getByText('Genaue Fallzahlen').first().waitFor();
    const table = page.getByRole('table', { name: /Beschwerden nach Jugendamtsbezirk/ });
    await table.waitFor();
    expect(await table.getByRole('rowheader').allTextContents()).toEqual(['Köln', 'Insgesamt']);
    expect(await table.locator('td').allTextContents()).toEqual(['7', '7']);
    const docx = page.waitForEvent('download');
    await page
      .getByRole('link', { name: 'Antwortentwurf als Word-Dokument (zum Bearbeiten)' })
      .click();
    expect((await docx).suggestedFilename()).toMatch(/^antwort-anfrage-.*\.docx$/);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('lets an administrator load children per district, and reports then show cases per 10,000 children', async () => {
    // The one refusal this test provokes: a file with a wrong line.
    const admin = await newPage(browser, { expected: /\/reports\/reference-populations$/ });
    await admin.page.goto(`${base}/anmelden`);
    await signIn(admin.page, await signInAs('admin'));
    await admin.page.waitForURL(`${base}/`);
    await admin.page.getByRole('navigation').getByRole('link', { name: 'Kinderzahlen' }).click();
    await admin.page.getByRole('heading', { name: 'Kinderzahlen je Bezirk', level: 1 }).waitFor();
    await admin.page.getByText('Noch keine Kinderzahlen geladen').waitFor();
    const upload = (csv: string) =>
      admin.page.getByLabel('CSV-Datei').setInputFiles({
        name: 'kinder.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv, 'utf8'),
      });
    // A file with a wrong line: the line is named, nothing is loaded.
    await upload('Bezirk;Jahr;Kinder\nKöln;2025;140.000\nAtlantis;2025;1.000\n');
    await admin.page.getByRole('button', { name: 'Laden' }).click();
    const alert = admin.page.getByRole('alert').filter({ hasText: 'nichts wurde geladen' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Zeile 3, Bezirk: „Atlantis“');
    await upload(`Bezirk;Jahr;Kinder\nKöln;${year - 1};140.000\nBonn;${year - 1};60.000\n`);
    await admin.page.getByRole('button', { name: 'Laden' }).click();
    await admin.page.getByText('2 Kinderzahlen geladen.').waitFor();
    const loaded = admin.page.getByRole('table', { name: 'Geladene Kinderzahlen' });
    await loaded.getByRole('rowheader', { name: 'Köln' }).waitFor();
    expect(await loaded.locator('tbody tr').first().textContent()).toContain('60.000');
    expect(await accessibilityViolations(admin.page)).toEqual([]);
    await admin.page.screenshot({ path: join(SCREENSHOTS, 'kinderzahlen.png'), fullPage: true });
    await admin.page.setViewportSize({ width: 320, height: 800 });
    expect(await elementsPastTheEdge(admin.page)).toEqual([]);
    expect(await accessibilityViolations(admin.page)).toEqual([]);
    await admin.page.screenshot({
      path: join(SCREENSHOTS, 'kinderzahlen-320px.png'),
      fullPage: true,
    });
    expect(admin.problems).toEqual([]);

    // The caseworker's report of Köln: 7 cases among 140,000 children.
    const { page, problems } = await newPage(browser);
    await page.goto(`${base}/anmelden`);
    await signIn(page, await signInAs('caseworker', ['Köln']));
    await page.waitForURL(`${base}/`);
    await page.goto(`${base}/berichte`);
    const table = page.getByRole('table', { name: /und je 10\.000 Kinder/ });
    await table.waitFor();
    expect(await table.getByRole('columnheader').allTextContents()).toEqual([
      'Jugendamtsbezirk',
      'Anzahl',
      'je 10.000 Kinder',
    ]);
    expect(await table.locator('td').allTextContents()).toEqual(['7', '0,5', '7', '0,5']);
    await page
      .getByText(`bezogen auf die Kinderzahl der Jugendamtsbezirke (Stand ${year - 1})`)
      .waitFor();
    // Districts down, patterns across: the rate in the last column.
    await page.goto(`${base}/berichte?zeilen=district&spalten=pattern`);
    const cross = page.getByRole('table', {
      name: /Ausschlussmuster, Anzahl der Fälle und je 10\.000 Kinder/,
    });
    await cross.waitFor();
    const headers = await cross.getByRole('columnheader').allTextContents();
    expect(headers.at(-1)).toBe('je 10.000 Kinder');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({
      path: join(SCREENSHOTS, 'berichte-je-10000-kinder.png'),
      fullPage: true,
    });
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await elementsPastTheEdge(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('fits a 320 px wide window without scrolling sideways', async () => {
    const { page, problems } = await newPage(browser, { width: 320, height: 800 });
    await page.goto(`${base}/anmelden`);
    await signIn(page, await signInAs('committee'));
    await page.waitForURL(`${base}/`);
    await page.goto(`${base}/?zeilen=district&spalten=setting`);
    await page.getByRole('table', { name: /Jugendamtsbezirk und Angebot/ }).waitFor();
    await page.getByRole('img', { name: /Diagramm/ }).waitFor();
    expect({
      overflow: await horizontalOverflow(page),
      past: await elementsPastTheEdge(page),
    }).toEqual({ overflow: expect.any(Number), past: [] });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
