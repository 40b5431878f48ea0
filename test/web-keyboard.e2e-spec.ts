/// <reference lib="dom" />
import { type Browser } from 'playwright-core';
import { launchBrowser, newPage, tabTo, serve } from './support/browser';
import { createCase, createFacility } from './support/builders';
import { startTestApp, TEST_USER, type TestApp } from './support/test-app';

/*
 * The daily work with the keyboard alone (BITV 2.0 / WCAG 2.1.1): filtering the list, changing
 * a status, opening the provider, recording a complaint. Every step is Tab, typing, arrows,
 * Space or Enter, and the focus is visible wherever it lands.
 */
let t: TestApp;
let base: string;
let browser: Browser;

beforeAll(async () => {
  t = await startTestApp();
  base = await serve(t);
  const facility = await createFacility(t, { district: 'Köln' });
  await createCase(t, facility, { receivedAt: '2026-03-02', patterns: ['absence_exclusion'] });
  await createCase(t, facility, {
    receivedAt: '2026-02-10',
    patterns: ['hours_capped_to_assistance'],
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('the caseworkers’ web app with the keyboard alone', () => {
  it('filters the list, changes a status, opens the provider and records a complaint', async () => {
    const { page, problems } = await newPage(browser);
    await page.goto(`${base}/anmelden`);
    await tabTo(page, 'E-Mail-Adresse');
    await page.keyboard.type(TEST_USER.email);
    await tabTo(page, 'Passwort');
    await page.keyboard.type(TEST_USER.password);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${base}/`);
    await page.getByRole('heading', { name: 'Mein Tag' }).waitFor();

    // The list, filtered by a pattern: the arrow keys choose in a select.
    await tabTo(page, 'Fälle');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${base}/faelle`);
    await page.getByText('2 Fälle auf dieser Seite').waitFor();
    await tabTo(page, 'Muster');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.waitForURL(/pattern=hours_capped_to_assistance/);
    await page.getByText('1 Fall auf dieser Seite').waitFor();

    // The case, its status changed with a reason.
    await tabTo(page, /42\.22-2026-\d+$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /^Fall 42\.22-2026-/ }).waitFor();
    await page.getByRole('heading', { name: 'Verträge und Nebenabreden' }).waitFor();
    await tabTo(page, 'Neuer Status');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'Begründung');
    await page.keyboard.type('Prüfung beginnt.');
    await tabTo(page, 'Status ändern');
    await page.keyboard.press('Enter');
    await page.getByText('Der Status wurde geändert.').waitFor();
    expect(await page.locator('.timeline').textContent()).toContain('Eingegangen → In Prüfung');

    // The provider's page, from the case file (backwards to its link).
    await tabTo(page, /AWO Kreisverband/, { back: true });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /^AWO Kreisverband/, level: 1 }).waitFor();

    // A complaint recorded through the intake form.
    await tabTo(page, 'Neue Beschwerde');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Neue Beschwerde' }).waitFor();
    await tabTo(page, 'Einrichtung (Pflichtfeld)');
    await page.keyboard.type('Regenbogen');
    const option = page.locator('#facility-options option[value^="Kita Regenbogen"]').first();
    await option.waitFor({ state: 'attached' });
    // Typing the suggestion in full picks it, as choosing it from the list does.
    const label = (await option.getAttribute('value'))!;
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(label);
    await page.getByText(`Gewählt: ${label}.`).waitFor();
    await tabTo(page, 'Name (Pflichtfeld)');
    await page.keyboard.type('Jana Wolff');
    await tabTo(page, 'Initialen (Pflichtfeld)');
    await page.keyboard.type('L. W.');
    await tabTo(page, 'Geburtsjahr (Pflichtfeld)');
    await page.keyboard.type('2020');
    await tabTo(page, /Ausflügen/);
    await page.keyboard.press('Space');
    await tabTo(page, 'Was ist geschehen? (Pflichtfeld)');
    await page.keyboard.type('Lukas darf nicht mit zum Ausflug, weil die Begleitung fehlt.');
    await tabTo(page, 'Beschwerde anlegen');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/faelle\/[0-9a-f-]{36}$/);
    await page.getByText('Jana Wolff').waitFor();
    expect(await page.locator('.facts').first().textContent()).toContain(
      'Ausschluss von Ausflügen oder Angeboten',
    );
    expect(problems).toEqual([]);
  });
});
