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
  tabTo,
} from './support/browser';
import { createCase, createFacility } from './support/builders';
import { letterSent } from './support/follow-ups';
import { startTestApp, TEST_USER, type TestApp } from './support/test-app';

/* Deadlines and escalations in the browser: Mein Tag, the case file, pause and resume. */
let t: TestApp;
let base: string;
let browser: Browser;
let caseId: string;
let reference: string;
let repeatReference: string;

beforeAll(async () => {
  t = await startTestApp({ FOLLOW_UP_PERIOD: 'P3D', REMINDER_PERIOD: 'P7D' });
  base = await serve(t);
  const facility = await createFacility(t, { district: 'Köln' });
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
  const created = await createCase(t, facility, { receivedAt: today });
  caseId = created.id;
  reference = created.reference;
  await letterSent(t, caseId);
  // A second complaint about the same provider: escalated to the team lead.
  repeatReference = (await createCase(t, facility, { receivedAt: today })).reference;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function signedIn(width = 1280): Promise<{ page: Page; problems: string[] }> {
  const opened = await newPage(browser, { width });
  await opened.page.goto(`${base}/anmelden`);
  await signIn(opened.page, TEST_USER);
  await opened.page.waitForURL(`${base}/`);
  await loaded(opened.page);
  return opened;
}

describe('deadlines in the browser', () => {
  it('shows this week’s deadlines and the escalations on Mein Tag, and acknowledges one', async () => {
    const { page, problems } = await signedIn();
    const deadlines = page.getByRole('region', { name: 'Fristen (Wiedervorlage)' });
    await deadlines.getByRole('link', { name: reference }).waitFor();
    expect(await deadlines.textContent()).toContain('Keine überfälligen Antworten.');
    const escalations = page.getByRole('region', { name: 'Eskalationen' });
    expect(await escalations.textContent()).toContain(
      'Wiederholte Beschwerde (2 in zwölf Monaten)',
    );
    expect(await escalations.textContent()).toContain(repeatReference);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'mein-tag-fristen.png'), fullPage: true });

    await escalations.getByRole('button', { name: /^Gesehen/ }).click();
    await page.getByText('Die Eskalation ist als gesehen vermerkt.').waitFor();
    await escalations.getByText('Keine offenen Eskalationen.').waitFor();
    expect(problems).toEqual([]);
  });

  it('pauses a deadline with its reason and resumes it, with the keyboard alone', async () => {
    const { page, problems } = await signedIn();
    await page.goto(`${base}/faelle/${caseId}`);
    await page.getByRole('heading', { name: `Fall ${reference}` }).waitFor();
    const panel = page.getByRole('region', { name: 'Fristen', exact: true });
    await panel.locator('strong').filter({ hasText: 'Antwort des Trägers bis' }).waitFor();
    await tabTo(page, /^Frist anhalten/);
    await page.keyboard.press('Enter');
    await tabTo(page, 'Anhalten');
    await page.keyboard.press('Enter');
    await panel.getByText('Bitte geben Sie an, worauf das Landesjugendamt wartet.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await tabTo(page, /Worauf wartet das Landesjugendamt/, { back: true });
    await page.keyboard.type('Stellungnahme des Jugendamts angefordert.');
    await tabTo(page, 'Anhalten');
    await page.keyboard.press('Enter');
    await panel.getByText('Die Frist ist angehalten.').waitFor();
    await panel.getByText(/angehalten.*Stellungnahme des Jugendamts angefordert/).waitFor();
    // The case is read again after the panel answers: the history follows a moment later.
    await page.locator('.timeline').getByText('Frist angehalten').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'fristen.png'), fullPage: true });

    await tabTo(page, /^Frist fortsetzen/);
    await page.keyboard.press('Enter');
    await panel.getByText('Die Frist läuft wieder.').waitFor();
    await panel.getByText(/— läuft/).waitFor();
    // The case is read again after the panel answers: the history follows a moment later.
    await page.locator('.timeline').getByText('Frist fortgesetzt').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it.each([320, 640])('fits %i px without horizontal scrolling', async (width) => {
    const { page } = await signedIn(width);
    expect({
      wide: await elementsPastTheEdge(page),
      overflow: await horizontalOverflow(page),
    }).toEqual({ wide: [], overflow: 0 });
    await page.goto(`${base}/faelle/${caseId}`);
    await page.getByRole('heading', { name: `Fall ${reference}` }).waitFor();
    await loaded(page);
    expect({
      wide: await elementsPastTheEdge(page),
      overflow: await horizontalOverflow(page),
    }).toEqual({ wide: [], overflow: 0 });
  });
});
