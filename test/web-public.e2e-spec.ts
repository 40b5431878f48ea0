/// <reference lib="dom" />
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import {
  accessibilityViolations,
  horizontalOverflow,
  launchBrowser,
  newPage,
  SCREENSHOTS,
  signIn,
  serve,
} from './support/browser';
import { districtId, makeProvider } from './support/builders';
import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let base: string;
let browser: Browser;
const facilities: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestApp();
  base = await serve(t);
  const provider = (await t.api().post('/api/v1/providers').send(makeProvider()).expect(201)).body
    .id as string;
  const add = async (name: string, kind: string, city: string, postalCode: string) => {
    const res = await t
      .api()
      .post('/api/v1/facilities')
      .send({
        name,
        kind,
        city,
        postalCode,
        providerId: provider,
        districtId: await districtId(t, 'Rhein-Sieg-Kreis'),
      })
      .expect(201);
    facilities[name] = res.body.id as string;
  };
  await add('Kita Regenbogen', 'kita', 'Troisdorf', '53840');
  await add('Kita Sonnenschein', 'kita', 'Troisdorf', '53840');
  await add('OGS Burgschule', 'ogs', 'Siegburg', '53721');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

const FORM = '/beschwerde';
const EASY = '/beschwerde/leichte-sprache';
const REFERENCE = /^42\.22-\d{4}-\d{6}$/;

async function caseOf(reference: string) {
  const [row] = await t.dataSource.query<
    { channel: string; status: string; facility_id: string; patterns: string[] }[]
  >('SELECT channel, status, facility_id, patterns FROM cases WHERE reference = $1', [reference]);
  return row;
}

/** Types part of a name or town and picks the suggestion that starts with `name`. */
async function chooseFacility(page: Page, label: string | RegExp, typed: string, name: string) {
  const field = page.getByLabel(label);
  await field.pressSequentially(typed);
  const option = page.locator(`#facility-options option[value^="${name} –"]`);
  await option.waitFor({ state: 'attached' });
  const value = (await option.getAttribute('value'))!;
  await field.fill(value);
  return value;
}

/** Fills in a complete complaint in everyday German (the facility is chosen separately). */
async function fillStandard(page: Page) {
  await page
    .getByRole('group', { name: /zu Hause bleiben oder abgeholt werden/ })
    .getByLabel('Ja')
    .check();
  await page
    .getByRole('group', { name: /Ausflügen, Festen/ })
    .getByLabel('Nein')
    .check();
  await page
    .getByLabel(/Beschreiben Sie bitte mit Ihren Worten/)
    .fill('Seit März muss ich Ben abholen, sobald seine Schulbegleitung krank ist.');
  await page.getByLabel(/Anfangsbuchstaben von Vor- und Nachname/).fill('B. D.');
  await page.getByLabel(/^Geburtsjahr/).fill('2018');
  await page.getByLabel(/Behinderung oder Förderbedarf/).fill('Trisomie 21');
  await page.getByLabel('Ihr Name (Pflichtfeld)').fill('Aylin Demir');
  await page.getByLabel('E-Mail-Adresse').fill('aylin.demir@example.org');
  await page.getByLabel(/Ich bin einverstanden/).check();
}

async function activeElement(page: Page) {
  return page.evaluate(() => ({
    id: document.activeElement?.id ?? '',
    name: document.activeElement?.getAttribute('name') ?? '',
    text: document.activeElement?.textContent ?? '',
  }));
}

describe('the parents’ complaint form in Chromium', () => {
  it('opens without signing in, at its own address, under the CSP, in both variants linked to each other', async () => {
    const res = await fetch(`${base}${FORM}`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).not.toContain('unsafe-inline');

    const { page, problems } = await newPage(browser);
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await page.goto(`${base}${FORM}`);
    await page
      .getByRole('heading', { level: 1, name: /Ihr Kind wird in der Kita oder OGS/ })
      .waitFor();
    expect(await page.title()).toBe('Beschwerde: Ausschluss aus Kita oder OGS – Landesjugendamt');
    // None of the caseworkers' frame, and no question about a session.
    expect(await page.getByRole('button', { name: 'Abmelden' }).count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Hauptnavigation' }).count()).toBe(0);
    expect(asked.filter((p) => p.startsWith('/api/'))).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Leichte Sprache' }).click();
    await page.waitForURL(`${base}${EASY}`);
    await page.getByRole('heading', { level: 1, name: 'Beschwerde in Leichter Sprache' }).waitFor();
    expect(await page.title()).toBe('Beschwerde in Leichter Sprache – Landesjugendamt');
    await page.screenshot({
      path: join(SCREENSHOTS, 'beschwerde-leichte-sprache.png'),
      fullPage: true,
    });
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Alltags-Sprache' }).click();
    await page.waitForURL(`${base}${FORM}`);

    // A reload of either address stays on it; a mistyped one leads to the form.
    await page.goto(`${base}${EASY}`);
    await page.getByRole('heading', { name: 'Beschwerde in Leichter Sprache' }).waitFor();
    await page.goto(`${base}/beschwerde/gibt-es-nicht`);
    await page.waitForURL(`${base}${FORM}`);
    expect(problems).toEqual([]);
  });

  it('shows errors at the fields and in a summary, keeps the input, then files the complaint and shows the Aktenzeichen', async () => {
    const { page, problems } = await newPage(browser);
    await page.goto(`${base}${FORM}`);
    await page.getByRole('button', { name: 'Beschwerde senden' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'beschwerde.png'), fullPage: true });

    // Sent empty: every missing answer named at its field and in the summary, focus on it.
    await page.getByRole('button', { name: 'Beschwerde senden' }).click();
    const summary = page.getByRole('alert');
    await summary.getByText('Bitte prüfen Sie 8 Angaben:').waitFor();
    expect(await activeElement(page)).toMatchObject({ id: '' });
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Einrichtung: Bitte geben Sie den Namen oder den Ort der Einrichtung ein.',
      'Beschreibung: Bitte beschreiben Sie, was passiert ist.',
      'Anfangsbuchstaben: Bitte geben Sie die Anfangsbuchstaben Ihres Kindes an.',
      expect.stringMatching(/^Geburtsjahr: Bitte geben Sie das Geburtsjahr vierstellig an/),
      'Ihr Name: Bitte geben Sie Ihren Namen an.',
      'E-Mail-Adresse: Bitte geben Sie eine E-Mail-Adresse oder eine Telefonnummer an.',
      'Telefonnummer: Bitte geben Sie eine E-Mail-Adresse oder eine Telefonnummer an.',
      'Einverständnis: Bitte bestätigen Sie Ihr Einverständnis. Ohne es können wir Sie nicht kontaktieren.',
    ]);
    expect(await page.title()).toMatch(/^Fehler: /);
    const name = page.getByLabel('Ihr Name (Pflichtfeld)');
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await name.getAttribute('aria-describedby')).toBe('f-name-error');
    expect(await accessibilityViolations(page)).toEqual([]);
    await summary.getByRole('link', { name: /^Ihr Name:/ }).click();
    expect((await activeElement(page)).id).toBe('f-name');

    // Partly corrected: the rest is still asked for, nothing typed is lost.
    await name.fill('Aylin Demir');
    await page.getByLabel(/^Geburtsjahr/).fill('18');
    await page.getByRole('button', { name: 'Beschwerde senden' }).click();
    await summary.getByText('Bitte prüfen Sie 7 Angaben:').waitFor();
    expect(await name.inputValue()).toBe('Aylin Demir');
    expect(await page.getByLabel(/^Geburtsjahr/).inputValue()).toBe('18');
    expect(await summary.textContent()).toContain('Geburtsjahr: Bitte geben Sie das Geburtsjahr');

    // The facility by its town; then the rest.
    const chosen = await chooseFacility(
      page,
      /Name oder Ort der Kita oder OGS/,
      'Troisd',
      'Kita Regenbogen',
    );
    expect(chosen).toBe('Kita Regenbogen – Kita in Troisdorf (Rhein-Sieg-Kreis)');
    await page.getByText(`Gewählt: ${chosen}.`).waitFor();
    await fillStandard(page);
    expect(await accessibilityViolations(page)).toEqual([]);

    const before = await countCases();
    await page.getByRole('button', { name: 'Beschwerde senden' }).dblclick();
    const heading = page.getByRole('heading', {
      level: 1,
      name: 'Ihre Beschwerde ist eingegangen',
    });
    await heading.waitFor();
    expect((await activeElement(page)).id).toBe('done-heading');
    expect(await page.title()).toBe('Beschwerde eingegangen – Landesjugendamt');
    const reference = (await page.getByTestId('reference').textContent())!;
    expect(reference).toMatch(REFERENCE);
    expect(await page.getByRole('heading', { name: 'Wie es weitergeht' }).count()).toBe(1);
    await page.screenshot({
      path: join(SCREENSHOTS, 'beschwerde-eingegangen.png'),
      fullPage: true,
    });
    expect(await accessibilityViolations(page)).toEqual([]);

    // One case, however often the button was pressed: received over the web at that facility.
    expect(await countCases()).toBe(before + 1);
    expect(await caseOf(reference)).toEqual({
      channel: 'web',
      status: 'received',
      facility_id: facilities['Kita Regenbogen'],
      patterns: ['absence_exclusion'],
    });
    expect(problems).toEqual([]);

    // The office finds it in its case file, filed through the form with the parents' consent.
    const office = await newPage(browser);
    await office.page.goto(`${base}/anmelden`);
    await signIn(office.page);
    await office.page.waitForURL(`${base}/`);
    const [{ id }] = await t.dataSource.query<{ id: string }[]>(
      'SELECT id FROM cases WHERE reference = $1',
      [reference],
    );
    await office.page.goto(`${base}/faelle/${id}`);
    await office.page.getByRole('heading', { name: `Fall ${reference}` }).waitFor();
    expect(await office.page.locator('.facts').textContent()).toContain('Online-Formular');
    expect(await office.page.locator('.timeline').textContent()).toContain(
      'Fall angelegt (Online-Formular); die Eltern sind mit einer Kontaktaufnahme einverstanden',
    );
    expect(office.problems).toEqual([]);
  });

  it('files a complaint in Leichte Sprache with the keyboard alone', async () => {
    const { page, problems } = await newPage(browser);
    await page.goto(`${base}${EASY}`);
    await page.getByRole('heading', { name: 'Beschwerde in Leichter Sprache' }).waitFor();
    const tab = async (times = 1) => {
      for (let i = 0; i < times; i++) await page.keyboard.press('Tab');
    };

    // The skip link first, then straight to the form.
    await tab();
    expect((await activeElement(page)).text).toBe('Zum Formular springen');
    await page.keyboard.press('Enter');
    expect((await activeElement(page)).id).toBe('inhalt');

    // Sent empty from the keyboard: the summary takes the focus, in Leichte Sprache.
    await tab();
    expect((await activeElement(page)).id).toBe('f-facility');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').getByText('Bitte prüfen Sie 8 Angaben.').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain(
      'Ihr Name: Bitte schreiben Sie Ihren Namen.',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await tab();
    expect((await activeElement(page)).text).toMatch(/^Kita oder OGS: /);
    await page.keyboard.press('Enter');
    expect((await activeElement(page)).id).toBe('f-facility');

    // The town finds it; typing its whole name picks it (Chromium shows no suggestion list
    // when it runs headless, so the arrow keys cannot pick from it here).
    await page.keyboard.type('Siegburg');
    await page
      .getByText('Wir haben 1 Kita oder OGS gefunden. Bitte wählen Sie aus der Liste.')
      .waitFor();
    expect(await page.locator('#facility-options option').getAttribute('value')).toBe(
      'OGS Burgschule – OGS in Siegburg (Rhein-Sieg-Kreis)',
    );
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('ogs burgschule');
    await page
      .getByText('Sie haben gewählt: OGS Burgschule – OGS in Siegburg (Rhein-Sieg-Kreis).')
      .waitFor();

    // Seven questions: "Ja" for the first two (Space), "Nein" for the rest (arrow key).
    for (let i = 0; i < 7; i++) {
      await tab();
      await page.keyboard.press(i < 2 ? 'Space' : 'ArrowRight');
    }
    await tab();
    expect((await activeElement(page)).id).toBe('f-description');
    await page.keyboard.type(
      'Mein Sohn darf nur 4 Stunden bleiben. So lange ist die Assistenz da.',
    );
    await tab();
    await page.keyboard.type('M. K.');
    await tab();
    await page.keyboard.type('2019');
    await tab(2); // past the disability, which is voluntary
    expect((await activeElement(page)).id).toBe('f-name');
    await page.keyboard.type('Sabine Keller');
    await tab(2); // the phone number is enough
    await page.keyboard.type('0221 123456');
    await tab();
    expect((await activeElement(page)).id).toBe('f-consent');
    await page.keyboard.press('Space');
    await tab();
    expect((await activeElement(page)).text).toBe('Beschwerde senden');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: 'Ihre Beschwerde ist angekommen' }).waitFor();
    expect((await activeElement(page)).id).toBe('done-heading');
    const reference = (await page.getByTestId('reference').textContent())!;
    expect(reference).toMatch(REFERENCE);
    expect(await page.getByText('Die Nummer heißt: Akten-Zeichen.', { exact: false }).count()).toBe(
      1,
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await caseOf(reference)).toEqual({
      channel: 'web',
      status: 'received',
      facility_id: facilities['OGS Burgschule'],
      patterns: ['admission_conditional_on_assistance', 'hours_capped_to_assistance'],
    });
    expect(problems).toEqual([]);
  });

  it('tells a person whose browser filled in the hidden field, and takes the complaint when sent again', async () => {
    const { page, problems } = await newPage(browser, {
      expected: /\/api\/v1\/public\/complaints$/,
    });
    await page.goto(`${base}${FORM}`);
    await chooseFacility(page, /Name oder Ort der Kita oder OGS/, 'Sonnen', 'Kita Sonnenschein');
    await fillStandard(page);
    // What an over-eager autofill would do to the honeypot.
    await page.locator('#f-website').evaluate((input: HTMLInputElement) => {
      // The native setter, as a browser sets it: React then sees an ordinary input event.
      Reflect.set(HTMLInputElement.prototype, 'value', 'https://example.org', input);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const before = await countCases();
    await page.getByRole('button', { name: 'Beschwerde senden' }).click();
    await page
      .getByRole('alert')
      .getByText(/wurde nicht gespeichert/)
      .waitFor();
    expect(await countCases()).toBe(before);
    expect(await page.getByLabel('Ihr Name (Pflichtfeld)').inputValue()).toBe('Aylin Demir');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Beschwerde senden' }).click();
    await page.getByRole('heading', { name: 'Ihre Beschwerde ist eingegangen' }).waitFor();
    expect(await countCases()).toBe(before + 1);
    expect(problems.filter((p) => !p.includes('/api/v1/public/complaints'))).toEqual([]);
  });

  it.each([
    ['320 px', { width: 320 }],
    ['200 % zoom', { width: 640, height: 450, deviceScaleFactor: 2 }],
  ])('fits %s without horizontal scrolling: form, errors and Aktenzeichen', async (what, size) => {
    const { page, problems } = await newPage(browser, size);
    for (const path of [EASY, FORM]) {
      await page.goto(`${base}${path}`);
      await page.getByRole('button', { name: 'Beschwerde senden' }).waitFor();
      expect({ path, overflow: await horizontalOverflow(page) }).toEqual({ path, overflow: 0 });
      await page.getByRole('button', { name: 'Beschwerde senden' }).click();
      await page
        .getByRole('alert')
        .getByText(/Bitte prüfen Sie/)
        .waitFor();
      expect({ path, overflow: await horizontalOverflow(page) }).toEqual({ path, overflow: 0 });
      expect(await accessibilityViolations(page)).toEqual([]);
    }
    if (what === '320 px') {
      await page.screenshot({ path: join(SCREENSHOTS, 'beschwerde-320px.png'), fullPage: true });
    }
    await chooseFacility(page, /Name oder Ort der Kita oder OGS/, 'Burg', 'OGS Burgschule');
    await fillStandard(page);
    await page.getByRole('button', { name: 'Beschwerde senden' }).click();
    await page.getByTestId('reference').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

async function countCases(): Promise<number> {
  const [{ n }] = await t.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM cases');
  return n;
}
