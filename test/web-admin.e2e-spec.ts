/// <reference lib="dom" />
import { hashPassword } from '@teilhabe/auth';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import {
  accessibilityViolations,
  horizontalOverflow,
  launchBrowser,
  newPage as openPage,
  SCREENSHOTS,
  signIn,
  serve,
} from './support/browser';
import { startTestApp, type TestApp } from './support/test-app';

const ADMIN = { email: 'anna.berg@lvr.example', password: 'Verwaltung-Test-2026!' };
const CASEWORKER = { email: 'sachbearbeitung@lvr.example', password: 'Fallakte-Test-2026!' };
const NEW_USER = 'lena.kraus@lvr.example';
const OWN_PASSWORD = 'Lenas-eigenes-Passwort-26';

let t: TestApp;
let base: string;
let browser: Browser;
let newUserId: string;

beforeAll(async () => {
  t = await startTestApp();
  base = await serve(t);
  await addUser(ADMIN, 'admin', []);
  await addUser(CASEWORKER, 'caseworker', ['Köln']);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

/** An account with a password of its own, as the command line at the server creates one. */
async function addUser(
  who: { email: string; password: string },
  role: string,
  districts: string[],
): Promise<string> {
  const [{ id }] = await t.dataSource.query<{ id: string }[]>(
    `INSERT INTO users (email, password_hash, role, district_ids)
     SELECT $1, $2, $3, coalesce(array_agg(id), '{}') FROM districts WHERE name = ANY($4)
     RETURNING id`,
    [who.email, await hashPassword(who.password), role, districts],
  );
  return id;
}

/** A fresh browser window; answers matching `expected` are refusals the test asks for. */
const newPage = (width = 1280, expected?: RegExp) => openPage(browser, { width, expected });

async function signedIn(
  width = 1280,
  who = ADMIN,
  expected?: RegExp,
): Promise<{ page: Page; problems: string[] }> {
  const opened = await newPage(width, expected);
  await opened.page.goto(`${base}/anmelden`);
  await signIn(opened.page, who);
  await opened.page.waitForURL(`${base}/`);
  return opened;
}

/** Presses Tab until the focused element is called `name` (a keyboard user's way there). */
async function tabTo(page: Page, name: string | RegExp, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      if (!el) return '';
      const label = el.labels?.[0]?.textContent ?? el.getAttribute('aria-label');
      return (label ?? el.textContent ?? '').trim();
    });
    if (typeof name === 'string' ? focused === name : name.test(focused)) return;
  }
  throw new Error(`the Tab key never reached ${String(name)}`);
}

/** Whether the focused element shows a visible focus indicator. */
const focusVisible = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return !!el && getComputedStyle(el).outlineStyle !== 'none';
  });

const account = (email: string) =>
  t.dataSource
    .query<{ id: string; role: string; district_ids: string[]; disabled_at: Date | null }[]>(
      'SELECT id, role, district_ids, disabled_at FROM users WHERE email = $1',
      [email],
    )
    .then((rows) => rows[0]);

// The tests follow one account through its life, in order: each builds on the ones before.
describe('the administrators’ pages', () => {
  it('creates an account with chosen districts, after a German message at the field for a weak one-time password', async () => {
    const { page, problems } = await signedIn(1280, ADMIN, /\/api\/v1\/users$/);
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    // The navigation follows the session, which the page asks for after it loaded.
    await nav.getByRole('link', { name: 'Protokoll' }).waitFor();
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Verwaltung',
      'Benutzerkonten',
      'Protokoll',
      'Kinderzahlen',
      'Förderung',
    ]);
    await nav.getByRole('link', { name: 'Benutzerkonten' }).click();
    await page.waitForURL(`${base}/verwaltung/benutzerkonten`);
    await page.getByText(/Konten auf dieser Seite/).waitFor();
    expect(await page.title()).toBe('Benutzerkonten – Teilhabe');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Neues Konto anlegen' }).click();
    await page.getByRole('heading', { name: 'Neues Benutzerkonto' }).waitFor();
    expect(await page.title()).toBe('Neues Benutzerkonto – Teilhabe');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('E-Mail-Adresse').fill(NEW_USER);
    await page.getByLabel('Sachbearbeitung', { exact: true }).check();
    await page.getByLabel('Ausgewählte Bezirke').check();
    await page.getByLabel('Köln', { exact: true }).check();
    await page.getByLabel('Bonn', { exact: true }).check();
    expect(await page.getByText('Bezirke auswählen (2 gewählt)').count()).toBe(1);
    const password = page.getByLabel('Einmalpasswort', { exact: true });
    await password.fill('lena.kraus');
    await page.getByRole('button', { name: 'Konto anlegen' }).click();

    // The API's field errors, as sentences at the field; the field is marked and focused.
    await page.getByRole('alert').filter({ hasText: 'nicht angelegt' }).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'nicht angelegt' }).textContent()).toBe(
      'Das Konto wurde nicht angelegt: Bitte prüfen Sie das markierte Feld.',
    );
    const messages = await page.locator('.field-errors li').allTextContents();
    expect(messages).toEqual([
      'Das Einmalpasswort muss mindestens 12 Zeichen lang sein.',
      'Das Einmalpasswort darf die E-Mail-Adresse nicht enthalten.',
    ]);
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    expect(await password.evaluate((el) => el === document.activeElement)).toBe(true);
    const described = (await password.getAttribute('aria-describedby'))!.split(' ');
    expect(await page.locator(`[id="${described.at(-1)}"]`).textContent()).toContain(
      'mindestens 12 Zeichen',
    );
    // Nothing typed is lost.
    expect(await page.getByLabel('E-Mail-Adresse').inputValue()).toBe(NEW_USER);
    expect(await page.getByLabel('Köln', { exact: true }).isChecked()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'neues-konto-fehler.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);

    // A proposed password meets the rules.
    await page.getByRole('button', { name: 'Passwort vorschlagen' }).click();
    const oneTime = await password.inputValue();
    expect(oneTime).toHaveLength(16);
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    await page.waitForURL(/\/verwaltung\/benutzerkonten\/[0-9a-f-]{36}$/);
    newUserId = page.url().split('/').at(-1)!;
    await page.getByRole('heading', { name: `Konto ${NEW_USER}` }).waitFor();
    expect(await page.getByRole('status').first().textContent()).toContain(
      `Das Konto ${NEW_USER} ist angelegt.`,
    );
    const facts = await page.locator('.facts').textContent();
    expect(facts).toContain('Sachbearbeitung');
    expect(facts).toMatch(/Bonn, Köln|Köln, Bonn/);
    expect(facts).toContain('Einmalpasswort offen');
    expect(facts).toContain('noch nie');
    expect(await accessibilityViolations(page)).toEqual([]);
    const stored = await account(NEW_USER);
    expect(stored.role).toBe('caseworker');
    expect(stored.district_ids).toHaveLength(2);
    expect(problems).toEqual([]);

    // The new user signs in with the one-time password and has to choose their own first.
    const user = await newPage(1280, /\/auth\/password$/);
    await user.page.goto(`${base}/anmelden`);
    await signIn(user.page, { email: NEW_USER, password: oneTime });
    await user.page.getByRole('heading', { name: 'Eigenes Passwort festlegen' }).waitFor();
    expect(await user.page.title()).toBe('Eigenes Passwort festlegen – Teilhabe');
    await user.page.getByLabel('Neues Passwort', { exact: true }).fill('aaaaaaaaaaaaaaa');
    await user.page.getByLabel('Neues Passwort wiederholen').fill('aaaaaaaaaaaaaaa');
    await user.page.getByRole('button', { name: 'Passwort festlegen und anmelden' }).click();
    await user.page.getByText('muss mindestens fünf verschiedene Zeichen enthalten').waitFor();
    await user.page.screenshot({ path: join(SCREENSHOTS, 'eigenes-passwort.png'), fullPage: true });
    expect(await accessibilityViolations(user.page)).toEqual([]);
    await user.page.getByLabel('Neues Passwort', { exact: true }).fill(OWN_PASSWORD);
    await user.page.getByLabel('Neues Passwort wiederholen').fill(OWN_PASSWORD);
    await user.page.getByRole('button', { name: 'Passwort festlegen und anmelden' }).click();
    await user.page.getByRole('heading', { name: 'Mein Tag' }).waitFor();
    expect(user.problems).toEqual([]);
  });

  it('changes role and districts, and explains that administrators cannot change their own', async () => {
    const { page, problems } = await signedIn();
    await page.goto(`${base}/verwaltung/benutzerkonten`);
    await page.getByRole('link', { name: NEW_USER }).click();
    await page.getByRole('heading', { name: `Konto ${NEW_USER}` }).waitFor();
    expect(await page.locator('.facts').textContent()).toContain('eigenes Passwort');

    const form = page.getByRole('region', { name: 'Rolle und Bezirke ändern' });
    await form.getByLabel('Teamleitung', { exact: true }).check();
    await form.getByLabel('Alle Bezirke (27)').check();
    await form.getByRole('button', { name: 'Rolle und Bezirke speichern' }).click();
    await form
      .getByRole('status')
      .filter({ hasText: 'Gespeichert: Teamleitung, alle Bezirke.' })
      .waitFor();
    const facts = await page.locator('.facts').textContent();
    expect(facts).toContain('Teamleitung');
    expect(facts).toContain('alle Bezirke');
    expect((await account(NEW_USER)).district_ids).toHaveLength(27);
    await page.screenshot({ path: join(SCREENSHOTS, 'benutzerkonto.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);

    // The own account: role and districts are not offered, and the page says why.
    await page.goto(`${base}/verwaltung/benutzerkonten`);
    await page.getByRole('link', { name: ADMIN.email }).click();
    await page.getByRole('heading', { name: `Konto ${ADMIN.email}` }).waitFor();
    expect(await page.getByRole('button', { name: 'Rolle und Bezirke speichern' }).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Rolle und Bezirke' }).textContent()).toContain(
      'Ihre eigene Rolle und Ihre eigenen Bezirke kann nur eine andere Administration ändern',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('refuses, clearly, to disable the last active administrator', async () => {
    const { page, problems } = await signedIn(1280, ADMIN, /\/api\/v1\/users\/[0-9a-f-]+$/);
    await page.goto(`${base}/verwaltung/benutzerkonten`);
    await page.getByRole('link', { name: ADMIN.email }).click();
    await page.getByRole('button', { name: 'Konto sperren' }).click();
    const dialog = page.getByRole('alertdialog', { name: `Konto ${ADMIN.email} sperren?` });
    expect(await dialog.textContent()).toContain('Das ist Ihr eigenes Konto');
    await dialog.getByRole('button', { name: 'Ja, sperren' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'letzte aktive Administration' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Bitte zuerst eine weitere Administration anlegen');
    expect(await page.locator('.facts').textContent()).toContain('aktiv');
    expect((await account(ADMIN.email)).disabled_at).toBeNull();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('disables an account after a confirmation, which ends its session and sign-ins, and enables it again', async () => {
    const member = await newPage();
    await member.page.goto(`${base}/anmelden`);
    await signIn(member.page, { email: NEW_USER, password: OWN_PASSWORD });
    await member.page.getByRole('heading', { name: 'Mein Tag' }).waitFor();

    const { page, problems } = await signedIn();
    await page.goto(`${base}/verwaltung/benutzerkonten/${newUserId}`);
    await page.getByRole('heading', { name: `Konto ${NEW_USER}` }).waitFor();

    // Cancelled: nothing happens.
    await page.getByRole('button', { name: 'Konto sperren' }).click();
    const dialog = page.getByRole('alertdialog', { name: `Konto ${NEW_USER} sperren?` });
    await dialog.waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'konto-sperren.png') });
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await account(NEW_USER)).disabled_at).toBeNull();

    // Confirmed: the account is disabled.
    await page.getByRole('button', { name: 'Konto sperren' }).click();
    await dialog.getByRole('button', { name: 'Ja, sperren' }).click();
    await page.getByRole('status').filter({ hasText: 'Das Konto ist gesperrt' }).waitFor();
    expect(await page.locator('.facts').textContent()).toContain('deaktiviert');
    expect((await account(NEW_USER)).disabled_at).not.toBeNull();
    expect(await accessibilityViolations(page)).toEqual([]);

    // The running session has ended, and signing in fails as for a wrong password.
    await member.page.reload();
    await member.page.waitForURL(/\/anmelden$/);
    await signIn(member.page, { email: NEW_USER, password: OWN_PASSWORD });
    await member.page.getByRole('alert').filter({ hasText: 'falsch' }).waitFor();
    expect(member.page.url()).toBe(`${base}/anmelden`);

    await page.goto(`${base}/verwaltung/benutzerkonten`);
    const row = page.getByRole('row').filter({ hasText: NEW_USER });
    expect(await row.textContent()).toContain('deaktiviert');
    await row.getByRole('link', { name: NEW_USER }).click();
    await page.getByRole('button', { name: 'Konto entsperren' }).click();
    await page.getByRole('status').filter({ hasText: 'Das Konto ist entsperrt' }).waitFor();
    expect((await account(NEW_USER)).disabled_at).toBeNull();

    await signIn(member.page, { email: NEW_USER, password: OWN_PASSWORD });
    await member.page.getByRole('heading', { name: 'Mein Tag' }).waitFor();
    expect(problems).toEqual([]);
  });

  it('creates, disables and enables an account with the keyboard alone, with visible focus', async () => {
    const { page, problems } = await signedIn();
    await page.goto(`${base}/verwaltung/benutzerkonten`);
    await page.getByText(/Konten auf dieser Seite/).waitFor();
    await tabTo(page, 'Neues Konto anlegen');
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Neues Benutzerkonto' }).waitFor();
    await tabTo(page, 'E-Mail-Adresse');
    await page.keyboard.type('jonas.weber@lvr.example');
    await page.keyboard.press('Tab'); // the role chosen: Sachbearbeitung
    await page.keyboard.press('ArrowDown'); // Teamleitung
    await page.keyboard.press('Tab'); // the districts: "Ausgewählte Bezirke"
    await page.keyboard.press('ArrowUp'); // "Alle Bezirke"
    await tabTo(page, 'Passwort vorschlagen');
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await tabTo(page, 'Konto anlegen');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Konto jonas.weber@lvr.example' }).waitFor();
    const created = await account('jonas.weber@lvr.example');
    expect(created.role).toBe('team_lead');
    expect(created.district_ids).toHaveLength(27);

    await tabTo(page, 'Konto sperren');
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('alertdialog').waitFor();
    // The dialog opens on its safe choice; Escape would close it.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Abbrechen');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ja, sperren');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Das Konto ist gesperrt' }).waitFor();
    expect((await account('jonas.weber@lvr.example')).disabled_at).not.toBeNull();
    await tabTo(page, 'Konto entsperren');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Das Konto ist entsperrt' }).waitFor();
    expect((await account('jonas.weber@lvr.example')).disabled_at).toBeNull();
    expect(problems).toEqual([]);
  });

  it('lists accounts with their state, filtered by role through the address', async () => {
    await t.dataSource.query(
      `UPDATE users SET failed_logins = 5, locked_until = now() + interval '10 minutes' WHERE email = $1`,
      ['jonas.weber@lvr.example'],
    );
    await addUser({ email: 'ausschuss@lvr.example', password: ADMIN.password }, 'committee', []);
    await t.dataSource.query(`UPDATE users SET disabled_at = now() WHERE email = $1`, [
      'ausschuss@lvr.example',
    ]);
    const { page, problems } = await signedIn();
    await page.goto(`${base}/verwaltung/benutzerkonten`);
    await page.getByText(/Konten auf dieser Seite/).waitFor();
    const row = (email: string) => page.getByRole('row').filter({ hasText: email });
    expect(await row('jonas.weber@lvr.example').textContent()).toMatch(
      /nach Fehlversuchen gesperrt bis \d+\.\d+\.\d{4}, \d\d:\d\d Uhr/,
    );
    expect(await row('jonas.weber@lvr.example').textContent()).toContain('Einmalpasswort offen');
    expect(await row('ausschuss@lvr.example').textContent()).toContain('deaktiviert');
    expect(await row(CASEWORKER.email).textContent()).toContain('Köln');
    expect(await row(NEW_USER).textContent()).toContain('alle Bezirke');
    await page.screenshot({ path: join(SCREENSHOTS, 'benutzerkonten.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Rolle').selectOption({ label: 'Teamleitung' });
    await page.waitForURL(/role=team_lead/);
    await page.getByText('3 Konten auf dieser Seite').waitFor();
    await page.reload();
    await page.getByText('3 Konten auf dieser Seite').waitFor();
    expect(await page.getByLabel('Rolle').inputValue()).toBe('team_lead');
    const roles = await page.locator('tbody td[data-label="Rolle"]').allTextContents();
    expect(new Set(roles)).toEqual(new Set(['Teamleitung']));
    expect(problems).toEqual([]);
  });

  it('filters the audit log by action through the address, which survives a reload, and exports that filter as CSV', async () => {
    const { page, problems } = await signedIn();
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Protokoll' })
      .click();
    await page.waitForURL(`${base}/verwaltung/protokoll`);
    await page.getByText(/Einträge auf dieser Seite/).waitFor();
    expect(await page.title()).toBe('Protokoll – Teilhabe');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Aktion').selectOption({ label: 'Konto geändert' });
    await page.waitForURL(/action=user\.update/);
    await page.waitForFunction(() => {
      const what = [...document.querySelectorAll('tbody td[data-label="Was"]')];
      return what.length > 0 && what.every((w) => w.textContent.startsWith('Konto geändert'));
    });
    const check = async () => {
      const what = await page.locator('tbody td[data-label="Was"]').allTextContents();
      expect(what.length).toBeGreaterThanOrEqual(5);
      expect(what.every((w) => w.startsWith('Konto geändert'))).toBe(true);
      const text = await page.locator('tbody').textContent();
      expect(text).toContain('Rolle: Sachbearbeitung → Teamleitung');
      expect(text).toContain('gesperrt (deaktiviert)');
      expect(text).toContain('entsperrt (wieder aktiv)');
      expect(await page.locator('tbody td[data-label="Wer"]').first().textContent()).toBe(
        ADMIN.email,
      );
      // Newest first, in Berlin time.
      const times = await page
        .locator('tbody time')
        .evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
      expect([...times].sort().reverse()).toEqual(times);
      expect(await page.locator('tbody time').first().textContent()).toMatch(
        /^\d\d\.\d\d\.\d{4}, \d\d:\d\d:\d\d$/,
      );
      return what.length;
    };
    const shown = await check();
    await page.reload();
    await page.getByText(/Einträge auf dieser Seite/).waitFor();
    expect(await page.getByLabel('Aktion').inputValue()).toBe('user.update');
    expect(await check()).toBe(shown);
    // Field names in German, never their values.
    expect(await page.locator('tbody').textContent()).toContain('Rolle, Bezirke');
    expect(await page.locator('tbody').textContent()).not.toContain(OWN_PASSWORD);
    await page.screenshot({ path: join(SCREENSHOTS, 'protokoll.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);

    // The export link carries the same filter, and a plain GET with the session cookie works.
    const link = page.getByRole('link', { name: 'Als CSV herunterladen' });
    expect(await link.getAttribute('href')).toBe('/api/v1/audit/export.csv?action=user.update');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('audit-log.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    const [header, ...lines] = csv.trim().split('\r\n');
    expect(header).toBe(
      'id,occurred_at,actor_id,actor_name,action,record_type,record_id,fields,request_id,details',
    );
    expect(lines).toHaveLength(shown);
    expect(lines.every((l) => l.split(',')[4] === 'user.update')).toBe(true);
    expect(problems).toEqual([]);
  });

  it('shows one account’s entries from its page, and pages through older entries by cursor', async () => {
    await t.dataSource.query(
      `INSERT INTO audit_log (actor_id, actor_name, action, record_type, record_id)
       SELECT $1, $2, 'case.read', 'case', gen_random_uuid()::text FROM generate_series(1, 60)`,
      [(await account(CASEWORKER.email)).id, CASEWORKER.email],
    );
    const { page, problems } = await signedIn();
    await page.goto(`${base}/verwaltung/benutzerkonten/${newUserId}`);
    await page.getByRole('link', { name: 'Änderungen an diesem Konto im Protokoll' }).click();
    await page.waitForURL(/recordType=user&recordId=/);
    await page.getByText(/Einträge auf dieser Seite/).waitFor();
    expect(await page.getByLabel('Datensatz-ID').inputValue()).toBe(newUserId);
    const what = await page.locator('tbody td[data-label="Was"]').allTextContents();
    expect(what.at(-1)).toMatch(/^Konto angelegt/);
    expect(what.some((w) => w.startsWith('Eigenes Passwort festgelegt'))).toBe(true);
    expect(what.some((w) => w.startsWith('Angemeldet'))).toBe(true);

    // A mistyped account id is caught at the field, before it reaches the address.
    await page.getByLabel('Konto-ID (wer)').fill('anna');
    await page.getByLabel('Konto-ID (wer)').press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Bitte prüfen Sie die Konto-ID' }).waitFor();
    expect(await page.getByLabel('Konto-ID (wer)').getAttribute('aria-invalid')).toBe('true');
    expect(page.url()).not.toContain('actorId');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.goto(`${base}/verwaltung/protokoll?action=case.read`);
    await page.getByText('50 Einträge auf dieser Seite, ältere folgen').waitFor();
    await page.getByRole('button', { name: 'Ältere Einträge' }).click();
    await page.waitForURL(/cursor=/);
    await page.getByText('10 Einträge auf dieser Seite').waitFor();
    await page.getByRole('button', { name: 'Zu den neuesten Einträgen' }).click();
    await page.getByText('50 Einträge auf dieser Seite, ältere folgen').waitFor();
    expect(page.url()).not.toContain('cursor=');
    expect(problems).toEqual([]);
  });

  it.each([320, 640])(
    'fits %i px (a phone; 200 %% zoom) without horizontal scrolling',
    async (width) => {
      const { page, problems } = await signedIn(width, ADMIN, /\/api\/v1\/users$/);
      const pages: [string, string][] = [
        ['/verwaltung/benutzerkonten', 'Benutzerkonten'],
        [`/verwaltung/benutzerkonten/${newUserId}`, `Konto ${NEW_USER}`],
        ['/verwaltung/protokoll', 'Protokoll'],
        ['/verwaltung/benutzerkonten/neu', 'Neues Benutzerkonto'],
      ];
      for (const [path, heading] of pages) {
        await page.goto(`${base}${path}`);
        await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
        await page.waitForFunction(() => !document.body.textContent?.includes('Wird geladen'));
        // The address in the message says which page overflowed.
        expect([path, await horizontalOverflow(page)]).toEqual([path, 0]);
        if (width === 320 && path === '/verwaltung/benutzerkonten') {
          await page.screenshot({ path: join(SCREENSHOTS, 'benutzerkonten-320px.png') });
        }
      }
      // The form with its district choice and field errors open.
      await page.getByLabel('Ausgewählte Bezirke').check();
      await page.getByRole('button', { name: 'Konto anlegen' }).click();
      await page.getByRole('alert').filter({ hasText: 'nicht angelegt' }).waitFor();
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await accessibilityViolations(page)).toEqual([]);
      if (width === 320) {
        await page.goto(`${base}/verwaltung/protokoll`);
        await page.getByText(/Einträge auf dieser Seite/).waitFor();
        await page.screenshot({ path: join(SCREENSHOTS, 'protokoll-320px.png') });
        await page.goto(`${base}/verwaltung/benutzerkonten/${newUserId}`);
        await page.getByRole('button', { name: 'Konto sperren' }).click();
        await page.getByRole('alertdialog').waitFor();
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        expect(await accessibilityViolations(page)).toEqual([]);
      }
      expect(problems).toEqual([]);
    },
  );

  it('never shows a caseworker these pages: not in the navigation, and their addresses lead home', async () => {
    const { page, problems } = await signedIn(1280, CASEWORKER);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    const nav = await page.getByRole('navigation', { name: 'Hauptnavigation' }).textContent();
    expect(nav).not.toContain('Benutzerkonten');
    expect(nav).not.toContain('Protokoll');
    for (const path of [
      '/verwaltung/benutzerkonten',
      `/verwaltung/benutzerkonten/${newUserId}`,
      '/verwaltung/protokoll?action=user.update',
    ]) {
      await page.goto(`${base}${path}`);
      await page.waitForURL(`${base}/`);
      await page.getByRole('heading', { name: 'Mein Tag' }).waitFor();
    }
    // The administrators' code is not even loaded.
    expect(scripts.filter((s) => /\/assets\/admin-/.test(s))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
