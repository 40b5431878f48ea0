/// <reference lib="dom" />
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import {
  accessibilityViolations,
  elementsPastTheEdge,
  horizontalOverflow,
  launchBrowser,
  newPage,
  SCREENSHOTS,
  signIn,
  serve,
  loaded,
} from './support/browser';
import { createCase, districtId, makeFacility, makeProvider } from './support/builders';
import { type Api, startTestApp, TEST_USER, type TestApp } from './support/test-app';

/*
 * Working a case in the browser as caseworkers and team leads do: taking it, notes, contracts
 * with their findings (added, read, downloaded, withdrawn), corrections, status, reopening,
 * reassigning; and the provider and facility pages where repeat complaints stand out.
 */
let t: TestApp;
let base: string;
let browser: Browser;
let worker: { api: Api; id: string; email: string };
let lead: { api: Api; id: string; email: string };
let providerId: string;
let facilityId: string;
let caseId: string;
let reference: string;

const UNLAWFUL =
  'Ist die Integrationskraft erkrankt, kann das Kind die Einrichtung an diesem Tag nicht besuchen.';

beforeAll(async () => {
  t = await startTestApp();
  base = await serve(t);
  const person = async (role: string) => {
    const api = await t.as(role, ['Köln']);
    const me = await api.get('/api/v1/auth/me').expect(200);
    return { api, id: me.body.id as string, email: me.body.email as string };
  };
  worker = await person('caseworker');
  lead = await person('team_lead');
  const provider = await t
    .api()
    .post('/api/v1/providers')
    .send(makeProvider({ name: 'Lebenshilfe Köln e.V.' }))
    .expect(201);
  providerId = provider.body.id;
  const facility = await t
    .api()
    .post('/api/v1/facilities')
    .send(
      makeFacility(providerId, await districtId(t, 'Köln'), { name: 'Kita Sonnenblume Ehrenfeld' }),
    )
    .expect(201);
  facilityId = facility.body.id;
  await t
    .api()
    .post('/api/v1/facilities')
    .send(makeFacility(providerId, await districtId(t, 'Köln'), { name: 'Kita Kunterbunt' }))
    .expect(201);
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
  const created = await createCase(t, facilityId, { receivedAt: today, patterns: [] });
  caseId = created.id;
  reference = created.reference;
  // A second complaint about the same Kita: a repeat, which must stand out.
  await createCase(t, facilityId, { receivedAt: today, channel: 'phone' });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function signedIn(
  email: string,
  options: { width?: number; expected?: RegExp } = {},
): Promise<{ page: Page; problems: string[] }> {
  const opened = await newPage(browser, options);
  await opened.page.goto(`${base}/anmelden`);
  await signIn(opened.page, { email, password: TEST_USER.password });
  await opened.page.waitForURL(`${base}/`);
  return opened;
}

const timeline = (page: Page) => page.locator('.timeline').textContent();

describe('working a case in the browser', () => {
  it('takes the case, notes a call, adds, reads, downloads and withdraws a contract', async () => {
    const { page, problems } = await signedIn(worker.email);
    await page.goto(`${base}/faelle/${caseId}`);
    await page.getByRole('heading', { name: `Fall ${reference}` }).waitFor();
    expect(await page.getByRole('region', { name: 'Zuständig' }).textContent()).toContain(
      'Noch niemand',
    );
    await page.getByRole('button', { name: 'Fall übernehmen' }).click();
    await page.getByText('Sie bearbeiten diesen Fall jetzt.').waitFor();
    expect(await page.getByRole('region', { name: 'Zuständig' }).textContent()).toContain(
      `Sie (${worker.email})`,
    );

    // A note, written and sent with the keyboard alone.
    await page.getByRole('textbox', { name: /^Notiz/ }).focus();
    await page.keyboard.type('Telefonat mit der Mutter: Die Kita ruft wieder an.');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Notiz speichern');
    await page.keyboard.press('Enter');
    await page.getByText('Die Notiz steht im Verlauf.').waitFor();
    expect(await timeline(page)).toContain('Telefonat mit der Mutter: Die Kita ruft wieder an.');
    expect(await page.getByRole('textbox', { name: /^Notiz/ }).inputValue()).toBe('');

    // A contract as a file: checked at once, its findings marked in its text.
    await page.getByLabel(/oder Datei hochladen/).setInputFiles({
      name: 'nebenabrede.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(UNLAWFUL, 'utf8'),
    });
    await page.getByRole('button', { name: 'Vertrag speichern und prüfen' }).click();
    await page.getByText('Der Vertrag wurde gespeichert und geprüft.').waitFor();
    const contract = page.locator('.contract').first();
    expect(await contract.textContent()).toContain('Unzulässig');
    expect(await contract.textContent()).toContain('nebenabrede.txt');
    await page
      .getByRole('region', { name: 'Bewertung und empfohlene Schritte' })
      .getByText('im Vertrag gefunden')
      .first()
      .waitFor();
    await contract.getByRole('button', { name: 'Text und Befunde anzeigen' }).click();
    await contract.locator('mark').first().waitFor();
    expect(await contract.locator('mark').first().textContent()).toContain('Integrationskraft');
    expect(await contract.textContent()).toContain('KiBiz § 7');
    expect(await accessibilityViolations(page)).toEqual([]);

    const download = page.waitForEvent('download');
    await contract.getByRole('link', { name: /Dokument herunterladen/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('nebenabrede.txt');
    expect(await readFile(await file.path(), 'utf8')).toBe(UNLAWFUL);

    // Withdrawn as uploaded by mistake: kept, but out of the findings.
    await contract.getByRole('button', { name: /^Zurückziehen/ }).click();
    await contract.getByRole('button', { name: 'Vertrag zurückziehen' }).click();
    await contract.getByText('Bitte geben Sie an, warum der Vertrag zurückgezogen wird.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await contract
      .getByLabel(/Warum wird der Vertrag zurückgezogen/)
      .fill('Vertrag eines anderen Kindes.');
    await contract.getByRole('button', { name: 'Vertrag zurückziehen' }).click();
    await page.getByText('Grund: Vertrag eines anderen Kindes.').waitFor();
    await page
      .getByRole('region', { name: 'Bewertung und empfohlene Schritte' })
      .getByText('Die Regeln finden in den Angaben und Verträgen keinen Ausschluss.')
      .waitFor();
    expect(await timeline(page)).toContain('Vertrag zurückgezogen');
    await page.screenshot({ path: join(SCREENSHOTS, 'fallakte-bearbeiten.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('shows the second opinion as a review with its German reason, never as unlawful', async () => {
    const { page, problems } = await signedIn(worker.email);
    await page.goto(`${base}/faelle/${caseId}`);
    await page.getByRole('heading', { name: `Fall ${reference}` }).waitFor();
    // Words the rules do not tie to the assistant; the statistical second opinion does.
    await page
      .getByLabel('Vertragstext oder Nebenabrede einfügen')
      .fill(
        'Die Kita sagt, ohne Frau Kaya gehe es mit Tom gerade nicht, er soll erst mal zu Hause bleiben.',
      );
    await page.getByRole('button', { name: 'Vertrag speichern und prüfen' }).click();
    await page.getByText('Der Vertrag wurde gespeichert und geprüft.').waitFor();
    // The new one, not the file the first test withdrew.
    const contract = page.locator('.contract').filter({ hasNotText: 'nebenabrede.txt' });
    expect(await contract.textContent()).toContain('Zu prüfen');
    expect(await contract.textContent()).not.toContain('Unzulässig');
    await contract.getByRole('button', { name: 'Text und Befunde anzeigen' }).click();
    await contract.locator('mark').first().waitFor();
    expect(await contract.locator('mark').first().textContent()).toContain('zu Hause');
    expect(await contract.textContent()).toContain('statistische Zweitmeinung');
    expect(await accessibilityViolations(page)).toEqual([]);
    await contract.screenshot({ path: join(SCREENSHOTS, 'vertrag-zweitmeinung.png') });

    // Withdrawn again, so that the case reads as before.
    await contract.getByRole('button', { name: /^Zurückziehen/ }).click();
    await contract
      .getByLabel(/Warum wird der Vertrag zurückgezogen/)
      .fill('Nur zur Ansicht der Zweitmeinung.');
    await contract.getByRole('button', { name: 'Vertrag zurückziehen' }).click();
    await page.getByText('Grund: Nur zur Ansicht der Zweitmeinung.').waitFor();
    expect(problems).toEqual([]);
  });

  it('corrects the facts and changes the status, and lists the case under Meine Fälle', async () => {
    // The one refusal this test provokes: an e-mail address that is none.
    const { page, problems } = await signedIn(worker.email, {
      expected: new RegExp(`/api/v1/cases/${caseId}$`),
    });
    await page.goto(`${base}/faelle/${caseId}`);
    await page.getByRole('heading', { name: `Fall ${reference}` }).waitFor();
    await page.getByRole('button', { name: 'Angaben berichtigen' }).click();
    await page.getByLabel('Telefon').fill('0221 999 000');
    await page.getByLabel('E-Mail-Adresse').fill('keine-adresse');
    await page.getByRole('button', { name: 'Berichtigung speichern' }).click();
    // The API's German message, at the field, with the input kept.
    await page.getByRole('alert').filter({ hasText: 'guardian.email' }).waitFor();
    expect(await page.getByLabel('E-Mail-Adresse').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Telefon').inputValue()).toBe('0221 999 000');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('E-Mail-Adresse').fill('sabine.keller@example.org');
    await page.getByRole('button', { name: 'Berichtigung speichern' }).click();
    await page.getByText('Die Angaben wurden berichtigt.').waitFor();
    expect(await page.locator('.facts').first().textContent()).toContain('0221 999 000');
    expect(await timeline(page)).toContain('Angaben berichtigt: Telefon');

    await page.getByLabel('Neuer Status').selectOption({ label: 'In Prüfung' });
    await page.getByLabel('Begründung').fill('Vertrag liegt vor.');
    await page.getByRole('button', { name: 'Status ändern' }).click();
    await page.getByText('Der Status wurde geändert.').waitFor();

    await page.getByRole('link', { name: 'Meine Fälle', exact: true }).click();
    await page.getByRole('heading', { name: 'Meine Fälle' }).waitFor();
    await page.getByRole('link', { name: reference }).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'meine-faelle.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('lets the team lead reassign the case, close it and reopen it with a reason', async () => {
    const { page, problems } = await signedIn(lead.email);
    await page.goto(`${base}/faelle/${caseId}`);
    await page.getByRole('heading', { name: `Fall ${reference}` }).waitFor();
    const assignee = page.getByLabel('Zuweisen an');
    await assignee.locator(`option[value="${lead.id}"]`).waitFor({ state: 'attached' });
    await assignee.selectOption(lead.id);
    await page.getByRole('button', { name: 'Zuweisen', exact: true }).click();
    await page.getByText(`Der Fall ist jetzt ${lead.email} zugewiesen.`).waitFor();
    expect(await timeline(page)).toContain(`Zuständig: ${lead.email}`);

    for (const [status, reason] of [
      ['Träger kontaktiert', 'Beratungsschreiben verschickt.'],
      ['Erledigt', 'Träger hat die Nebenabrede gestrichen.'],
    ]) {
      await page.getByLabel('Neuer Status').selectOption({ label: status });
      await page.getByLabel('Begründung').fill(reason);
      await page.getByRole('button', { name: 'Status ändern' }).click();
      await page.getByText(`Der Fall ist jetzt im Status „${status}“.`).waitFor();
      await page.getByText(`→ ${status}`).waitFor();
    }
    // Closed: no status change, but the team lead may open it again.
    expect(await page.getByLabel('Neuer Status').count()).toBe(0);
    await page.getByRole('button', { name: 'Wieder öffnen' }).click();
    await page.getByText('Bitte geben Sie an, warum der Fall wieder geöffnet wird.').waitFor();
    await page.getByLabel('Begründung').fill('Die Mutter meldet den nächsten Ausschluss.');
    await page.getByRole('button', { name: 'Wieder öffnen' }).click();
    await page.getByText('Der Fall ist jetzt im Status „In Prüfung“.').waitFor();
    expect(await page.locator('.facts').first().textContent()).toContain('In Prüfung');
    expect(await timeline(page)).toContain('Wieder geöffnet: Erledigt → In Prüfung');
    expect(await timeline(page)).toContain('Die Mutter meldet den nächsten Ausschluss.');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'fallakte.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('shows the provider’s facilities with repeat complaints standing out, and the facility', async () => {
    const { page, problems } = await signedIn(worker.email);
    await page.goto(`${base}/faelle/${caseId}`);
    await page.getByText(/Wiederholte Beschwerden: 2 Beschwerden zu dieser Einrichtung/).waitFor();
    await page.getByRole('link', { name: 'Lebenshilfe Köln e.V.' }).click();
    await page.getByRole('heading', { name: 'Lebenshilfe Köln e.V.', level: 1 }).waitFor();
    await page.waitForFunction(() => document.title === 'Träger Lebenshilfe Köln e.V. – Teilhabe');
    await page.getByText('Gegen diesen Träger gibt es wiederholte Beschwerden').waitFor();
    const facilities = page.getByRole('table', { name: /Einrichtungen des Trägers/ });
    const row = facilities.getByRole('row', { name: /Kita Sonnenblume Ehrenfeld/ });
    expect(await row.textContent()).toContain('wiederholt: 2 in 12 Monaten');
    expect(await facilities.getByRole('row', { name: /Kita Kunterbunt/ }).textContent()).toContain(
      'keine',
    );
    await page.getByRole('table', { name: /Beschwerden zu Lebenshilfe/ }).waitFor();
    expect(
      await page
        .getByRole('table', { name: /Beschwerden zu Lebenshilfe/ })
        .locator('tbody tr')
        .count(),
    ).toBe(2);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'traeger.png'), fullPage: true });

    await row.getByRole('link', { name: 'Kita Sonnenblume Ehrenfeld' }).click();
    await page.getByRole('heading', { name: 'Kita Sonnenblume Ehrenfeld', level: 1 }).waitFor();
    await page.getByText('2 insgesamt').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // Found through the providers' list, too.
    await page.getByRole('link', { name: 'Träger', exact: true }).click();
    await page.getByLabel('Name des Trägers').fill('Lebenshilfe');
    await page.getByRole('button', { name: 'Suchen' }).click();
    await page.waitForURL(/\/traeger\?q=Lebenshilfe/);
    await page.getByRole('link', { name: 'Lebenshilfe Köln e.V.' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('records a complaint with the contract as a file, and says when a file cannot be read', async () => {
    // The one refusal this test provokes: a picture instead of a contract.
    const { page, problems } = await signedIn(worker.email, { expected: /\/contracts$/ });
    const record = async (file: { name: string; mimeType: string; buffer: Buffer }) => {
      await page.goto(`${base}/faelle/neu`);
      await page.getByRole('heading', { name: 'Neue Beschwerde' }).waitFor();
      const facilityField = page.getByLabel('Einrichtung (Pflichtfeld)');
      await facilityField.pressSequentially('Sonnenblume');
      // The suggestion for what was typed (not one left from an earlier, emptier search).
      const option = page.locator('#facility-options option[value*="Sonnenblume"]').first();
      await option.waitFor({ state: 'attached' });
      const label = (await option.getAttribute('value'))!;
      await facilityField.fill(label);
      await page.getByText(`Gewählt: ${label}.`).waitFor();
      await page.getByLabel('Name (Pflichtfeld)').fill('Petra Nowak');
      await page.getByLabel('Initialen (Pflichtfeld)').fill('T. N.');
      await page.getByLabel('Geburtsjahr (Pflichtfeld)').fill('2021');
      await page.getByLabel('Was ist geschehen? (Pflichtfeld)').fill('Siehe Vertrag.');
      await page.getByLabel(/oder den Vertrag als Datei/).setInputFiles(file);
      expect(await page.getByLabel(/Vertragstext oder Nebenabrede/).isDisabled()).toBe(true);
      await page.getByRole('button', { name: 'Beschwerde anlegen' }).click();
      await page.waitForURL(/\/faelle\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { name: /^Fall / }).waitFor();
    };

    await record({
      name: 'vertrag.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(UNLAWFUL, 'utf8'),
    });
    const contract = page.locator('.contract').first();
    await contract.waitFor();
    expect(await contract.textContent()).toContain('vertrag.txt');
    expect(await contract.textContent()).toContain('Unzulässig');

    await record({
      name: 'foto.png',
      mimeType: 'image/png',
      buffer: Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
    });
    await page.getByRole('alert').filter({ hasText: 'Die Beschwerde ist angelegt' }).waitFor();
    expect(await page.getByRole('alert').first().textContent()).toContain('Vertrag hinzufügen');
    await page.getByText('Zu diesem Fall liegt noch kein Vertrag vor.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it.each([
    [320, '320px'],
    [640, '200 % zoom'],
  ])('fits %i px (%s) without horizontal scrolling', async (width) => {
    const { page } = await signedIn(worker.email, { width });
    for (const [path, heading] of [
      [`/faelle/${caseId}`, `Fall ${reference}`],
      ['/meine-faelle', 'Meine Fälle'],
      [`/traeger/${providerId}`, 'Lebenshilfe Köln e.V.'],
      [`/einrichtungen/${facilityId}`, 'Kita Sonnenblume Ehrenfeld'],
    ]) {
      await page.goto(`${base}${path}`);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await loaded(page);
      expect({
        path,
        overflow: await horizontalOverflow(page),
        wide: await elementsPastTheEdge(page),
      }).toEqual({ path, overflow: 0, wide: [] });
    }
  });
});
