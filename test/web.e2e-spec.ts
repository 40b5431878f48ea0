/// <reference lib="dom" />
import { type Browser, type Page } from 'playwright-core';
import { join } from 'node:path';
import {
  accessibilityViolations,
  elementsPastTheEdge,
  horizontalOverflow,
  launchBrowser,
  newPage as openPage,
  SCREENSHOTS,
  signIn as fillSignIn,
  serve,
  loaded,
} from './support/browser';
import { createCase, createFacility } from './support/builders';
import { startTestApp, TEST_USER, type TestApp } from './support/test-app';

let t: TestApp;
let base: string;
let browser: Browser;
let caseId: string;
let reference: string;

beforeAll(async () => {
  t = await startTestApp();
  base = await serve(t);
  const facility = await createFacility(t, { district: 'Köln' });
  const created = await createCase(t, facility, { receivedAt: '2026-03-02' });
  caseId = created.id;
  reference = created.reference;
  await createCase(t, facility, {
    receivedAt: '2026-02-10',
    channel: 'phone',
    patterns: ['hours_capped_to_assistance'],
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

const newPage = (width = 1280) => openPage(browser, { width });
const signIn = (page: Page, password = TEST_USER.password) =>
  fillSignIn(page, { email: TEST_USER.email, password });

describe('the caseworkers’ web app in Chromium', () => {
  it('serves the app under a CSP without unsafe-inline, and keeps the API’s 404 for API clients', async () => {
    const res = await fetch(`${base}/faelle`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(await res.text()).toContain('<div id="root">');
    const api = await fetch(`${base}/gibt-es-nicht`, { headers: { accept: 'application/json' } });
    expect(api.status).toBe(404);
    expect((await api.json()).code).toBe('not_found');
    expect((await fetch(`${base}/assets/gibt-es-nicht.js`)).status).toBe(404);
  });

  it('sends a deep link through the sign-in and back, in German, with no refusal by the CSP', async () => {
    const { page, problems } = await newPage();
    await page.goto(`${base}/faelle/${caseId}`);
    await page.waitForURL(/\/anmelden$/);
    await page.waitForFunction(() => document.title === 'Anmelden – Teilhabe');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'anmelden.png'), fullPage: true });

    await signIn(page, 'falsches-Passwort-123');
    await expect(
      page.getByRole('alert').filter({ hasText: 'falsch' }).textContent(),
    ).resolves.toContain('E-Mail-Adresse oder Passwort ist falsch');
    expect(await page.getByLabel('E-Mail-Adresse').inputValue()).toBe(TEST_USER.email);

    await page.getByLabel('Passwort').fill(TEST_USER.password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.waitForURL(`${base}/faelle/${caseId}`);
    await page.getByRole('heading', { name: `Fall ${reference}` }).waitFor();
    await page.waitForFunction((r) => document.title === `Fall ${r} – Teilhabe`, reference);
    const who = page.getByLabel('Angemeldet');
    expect(await who.textContent()).toContain(TEST_USER.email);
    expect(await who.textContent()).toContain('Teamleitung');
    expect(await who.textContent()).toContain('alle Bezirke');
    expect(await page.getByText('Sabine Keller').count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    // A reload of the case's own address stays on it.
    await page.reload();
    await page.getByRole('heading', { name: `Fall ${reference}` }).waitFor();
    expect(problems).toEqual([]);
  });

  it('changes a status with a reason, offering only the allowed next states', async () => {
    const { page, problems } = await newPage();
    await page.goto(`${base}/anmelden`);
    await signIn(page);
    await page.waitForURL(`${base}/`);
    await page.goto(`${base}/faelle/${caseId}`);
    await page.getByRole('heading', { name: `Fall ${reference}` }).waitFor();
    const select = page.getByLabel('Neuer Status');
    const offered = await select.locator('option').allTextContents();
    expect(offered).toEqual(['Bitte wählen', 'In Prüfung', 'Zurückgezogen']);
    await select.selectOption({ label: 'In Prüfung' });
    await page.getByLabel('Begründung').fill('Vertrag liegt vor, Prüfung beginnt.');
    await page.getByRole('button', { name: 'Status ändern' }).click();
    await page.getByRole('status').filter({ hasText: 'Der Status wurde geändert.' }).waitFor();
    expect(await page.locator('.facts').textContent()).toContain('In Prüfung');
    expect(await page.locator('.timeline').textContent()).toContain(
      'Status geändert: Eingegangen → In Prüfung',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('filters the case list through the address, which survives a reload and can be shared', async () => {
    const { page, problems } = await newPage();
    await page.goto(`${base}/anmelden`);
    await signIn(page);
    await page.waitForURL(`${base}/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Mein Tag');
    await loaded(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'mein-tag.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Fälle', exact: true }).click();
    await page.waitForURL(`${base}/faelle`);
    await page.getByText('2 Fälle auf dieser Seite').waitFor();
    await page
      .getByLabel('Muster')
      .selectOption({ label: 'Betreuungszeit auf Assistenzstunden begrenzt' });
    await page.waitForURL(/pattern=hours_capped_to_assistance/);
    await page.getByText('1 Fall auf dieser Seite').waitFor();
    expect(await page.locator('tbody tr').count()).toBe(1);
    await page.reload();
    await page.getByText('1 Fall auf dieser Seite').waitFor();
    expect(await page.getByLabel('Muster').inputValue()).toBe('hours_capped_to_assistance');
    await page.screenshot({ path: join(SCREENSHOTS, 'faelle.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.waitForURL(/\/anmelden$/);
    await page.goto(`${base}/faelle`);
    await page.waitForURL(/\/anmelden$/);
    expect(problems).toEqual([]);
  });

  it('signs in with the keyboard alone, with a skip link to the content', async () => {
    const { page } = await newPage();
    await page.goto(`${base}/anmelden`);
    await page.getByLabel('E-Mail-Adresse').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('email');
    await page.keyboard.type(TEST_USER.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(TEST_USER.password);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${base}/`);
    await page.getByRole('heading', { name: 'Mein Tag' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Zum Inhalt springen',
    );
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhalt');
  });

  it('fits 320 px without horizontal scrolling', async () => {
    const { page } = await newPage(320);
    await page.goto(`${base}/anmelden`);
    await signIn(page);
    await page.waitForURL(`${base}/`);
    await page.goto(`${base}/faelle`);
    await page.getByText('Fälle auf dieser Seite').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'faelle-320px.png'), fullPage: true });
    for (const [path, heading, shot] of [
      [`/faelle/${caseId}`, `Fall ${reference}`, 'fallakte-320px.png'],
      ['/faelle/neu', 'Neue Beschwerde', 'neue-beschwerde-320px.png'],
    ]) {
      await page.goto(`${base}${path}`);
      await page.getByRole('heading', { name: heading }).waitFor();
      await loaded(page);
      expect({
        path,
        overflow: await horizontalOverflow(page),
        wide: await elementsPastTheEdge(page),
      }).toEqual({ path, overflow: 0, wide: [] });
      await page.screenshot({ path: join(SCREENSHOTS, shot), fullPage: true });
    }
  });
});

describe('committee users', () => {
  it('see where their reports will come, and never a case', async () => {
    const committee = await t.as('committee');
    const me = await committee.get('/api/v1/auth/me').expect(200);
    const { page, problems } = await newPage();
    await page.goto(`${base}/anmelden`);
    await fillSignIn(page, { email: me.body.email, password: TEST_USER.password });
    await page.waitForURL(`${base}/`);
    await page.getByRole('heading', { name: 'Berichte', level: 1 }).waitFor();
    expect(await page.getByRole('navigation').getByRole('link').allTextContents()).toEqual([
      'Berichte',
    ]);
    expect(await accessibilityViolations(page)).toEqual([]);
    for (const path of [`/faelle/${caseId}`, '/faelle', '/meine-faelle', '/traeger']) {
      await page.goto(`${base}${path}`);
      await page.waitForURL(`${base}/`);
      await page.getByRole('heading', { name: 'Berichte', level: 1 }).waitFor();
    }
    expect(await page.getByText(reference).count()).toBe(0);
    expect(problems).toEqual([]);
  });
});

describe('the intake form', () => {
  it('records a complaint with a live contract check, keeping the input on error, once on a double click', async () => {
    const { page, problems } = await newPage();
    await page.goto(`${base}/anmelden`);
    await signIn(page);
    await page.waitForURL(`${base}/`);
    await page.getByRole('link', { name: 'Neue Beschwerde' }).click();
    await page.getByRole('heading', { name: 'Neue Beschwerde' }).waitFor();

    // Nothing filled in: German messages at the fields, nothing created.
    await page.getByRole('button', { name: 'Beschwerde anlegen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Bitte prüfen Sie' }).waitFor();
    expect(await page.getByText('Bitte wählen Sie die Einrichtung aus der Liste.').count()).toBe(1);
    expect(await page.getByLabel('Name (Pflichtfeld)').getAttribute('aria-invalid')).toBe('true');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Type-ahead: part of the name brings the facility as a suggestion, which is then chosen.
    const facilityField = page.getByLabel('Einrichtung (Pflichtfeld)');
    await facilityField.pressSequentially('Regenbogen');
    const suggestion = page.locator('#facility-options option[value^="Kita Regenbogen"]').first();
    await suggestion.waitFor({ state: 'attached' });
    const label = (await suggestion.getAttribute('value'))!;
    expect(label).toMatch(/^Kita Regenbogen .* \(Kita, Köln, AWO Kreisverband/);
    await facilityField.fill(label);
    await page.getByText(`Gewählt: ${label}.`).waitFor();
    await page.getByLabel('Name (Pflichtfeld)').fill('Łukasz Ğündoğan');
    expect(await page.getByText('Bitte geben Sie den Namen an.').count()).toBe(0);
    await page.getByLabel('Initialen (Pflichtfeld)').fill('A. G.');
    await page.getByLabel('Geburtsjahr (Pflichtfeld)').fill('2021');
    await page.getByLabel('Ausschluss bei Abwesenheit der Assistenz').check();
    await page
      .getByLabel('Was ist geschehen? (Pflichtfeld)')
      .fill('Die Kita schickt Aylin nach Hause, wenn die Assistenz fehlt.');
    await page
      .getByLabel(/Vertragstext oder Nebenabrede/)
      .fill(
        'Ist die Integrationskraft erkrankt, kann das Kind die Einrichtung an diesem Tag nicht besuchen.',
      );
    await page.getByRole('heading', { name: 'Prüfergebnis: Unzulässig' }).waitFor();
    expect(await page.locator('.findings mark').first().textContent()).toContain(
      'Integrationskraft',
    );
    expect(await page.locator('.findings').textContent()).toContain('KiBiz');
    await page.screenshot({ path: join(SCREENSHOTS, 'neue-beschwerde.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);

    const before = await countCases();
    await page.getByRole('button', { name: 'Beschwerde anlegen' }).dblclick();
    await page.waitForURL(/\/faelle\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: /^Fall / }).waitFor();
    expect(await page.getByText('Łukasz Ğündoğan').count()).toBe(1);
    expect(await countCases()).toBe(before + 1);
    expect(problems).toEqual([]);
  });
});

async function countCases(): Promise<number> {
  const [{ n }] = await t.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM cases');
  return n;
}
