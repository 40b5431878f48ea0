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
  signIn,
  tabTo,
} from './support/browser';
import { createCase, districtId, makeFacility, makeProvider } from './support/builders';
import { freePort } from './support/process';
import { startSmtpServer, type TestSmtp } from './support/smtp';
import { runJobs, startTestApp, TEST_USER, type TestApp } from './support/test-app';

/*
 * Letters in the browser: a caseworker drafts, previews and sends an advisory letter from the
 * case file, sees the consent check refuse one and records the parents' consent; the provider
 * answers through the link in the mail, without an account, with a revised contract.
 */
let t: TestApp;
let smtp: TestSmtp;
let base: string;
let browser: Browser;
let facilityId: string;
let providerEmail: string;

const CLAUSE =
  'Ist die Integrationskraft erkrankt, kann das Kind die Einrichtung an diesem Tag nicht besuchen.';

beforeAll(async () => {
  smtp = await startSmtpServer();
  // The links in the letters point at the app the browser opens.
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  t = await startTestApp({
    SMTP_URL: smtp.url,
    LETTER_FROM: 'Landesjugendamt Rheinland <teilhabe@lvr.example>',
    PUBLIC_URL: base,
  });
  await t.app.listen(port, '127.0.0.1');
  const provider = await t
    .api()
    .post('/api/v1/providers')
    .send(makeProvider({ name: 'Lebenshilfe Köln e.V.', email: 'kita@lebenshilfe.example' }))
    .expect(201);
  providerEmail = provider.body.email;
  facilityId = (
    await t
      .api()
      .post('/api/v1/facilities')
      .send(
        makeFacility(provider.body.id, await districtId(t, 'Köln'), { name: 'Kita Sonnenblume' }),
      )
      .expect(201)
  ).body.id;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
  await smtp?.close();
});

/** A case with a contract the rules find unlawful; with the parents' consent if asked. */
async function caseWithContract(consent = false) {
  const c = await createCase(t, facilityId, {
    guardian: { name: 'Łukasz Ğündoğan', email: 'lukasz@example.org' },
  });
  await t.api().post(`/api/v1/cases/${c.id}/contracts`).send({ text: CLAUSE }).expect(201);
  if (consent) {
    await t
      .api()
      .post(`/api/v1/cases/${c.id}/consents`)
      .send({ recipient: 'provider', givenAt: '2026-03-01' })
      .expect(201);
  }
  return c;
}

async function signedIn(options: { width?: number; expected?: RegExp } = {}) {
  const opened = await newPage(browser, options);
  await opened.page.goto(`${base}/anmelden`);
  await signIn(opened.page, TEST_USER);
  await opened.page.waitForURL(`${base}/`);
  return opened;
}

async function openCase(page: Page, c: { id: string; reference: string }) {
  await page.goto(`${base}/faelle/${c.id}`);
  await page.getByRole('heading', { name: `Fall ${c.reference}` }).waitFor();
  await loaded(page);
}

const letters = (page: Page) => page.getByRole('region', { name: 'Schreiben' });

/** The token of the answer link in the letter's mail. */
function linkOf(letterMail: { text?: string }): string {
  const match = new RegExp(`${base.replaceAll('.', '\\.')}/antwort/[a-z2-7]{26}`).exec(
    letterMail.text ?? '',
  );
  if (!match) throw new Error(`no answer link in ${letterMail.text}`);
  return match[0];
}

async function noOverflow(page: Page) {
  expect(await elementsPastTheEdge(page)).toEqual([]);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
}

describe('letters on the case file', () => {
  it('drafts, previews and sends an advisory letter by e-mail; the mail arrives with the PDF', async () => {
    const c = await caseWithContract(true);
    const { page, problems } = await signedIn();
    await openCase(page, c);
    const section = letters(page);
    expect(await section.textContent()).toContain('Zu diesem Fall gibt es noch kein Schreiben.');

    await section.getByLabel('Vorlage').selectOption('advisory');
    await section.getByLabel('Per E-Mail (mit dem Schreiben als PDF)').check();
    expect(await section.getByLabel('Anvertraute Angaben aufnehmen').isChecked()).toBe(true);
    await section.getByRole('button', { name: 'Entwurf erstellen' }).click();
    await section.getByText('Der Entwurf ist erstellt.').waitFor();
    const draft = section.locator('.letter').first();
    await draft.getByText('Entwurf', { exact: true }).waitFor();
    expect(await draft.textContent()).toMatch(
      /Weitergabe anvertrauter Angaben \(§ 65 SGB VIII\):.*Die Eltern haben am 01\.03\.2026 eingewilligt/,
    );

    // The preview opens the PDF the provider will see.
    const preview = draft.getByRole('link', { name: /^Vorschau \(PDF\)/ });
    const href = (await preview.getAttribute('href'))!;
    expect(await preview.getAttribute('target')).toBe('_blank');
    const pdf = await page.request.get(`${base}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await accessibilityViolations(page)).toEqual([]);

    await draft.getByRole('button', { name: /^Per E-Mail senden/ }).click();
    await draft.getByText('Wird per E-Mail versandt …').waitFor();
    await runJobs(t);
    await draft
      .getByText(/^Versandt per E-Mail am .* an kita@lebenshilfe\.example/)
      .waitFor({ timeout: 10_000 });
    await draft.getByRole('link', { name: /^PDF herunterladen/ }).waitFor();
    const [mail] = smtp.mails.filter((m) => m.subject?.includes(c.reference));
    expect(mail.envelopeTo).toEqual([providerEmail]);
    expect(mail.attachments[0].contentType).toBe('application/pdf');
    // The case's timeline is read again once the letter went out.
    await page
      .locator('.timeline')
      .getByText(/Schreiben versandt per E-Mail: Beratungsschreiben – mit den anvertrauten Angaben/)
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await section.screenshot({ path: join(SCREENSHOTS, 'schreiben.png') });
    expect(problems).toEqual([]);
  });

  it('shows the consent check refuse a letter with the family’s facts, and records and withdraws a consent', async () => {
    const c = await caseWithContract(false);
    const { page, problems } = await signedIn({ expected: /\/send$/ });
    await openCase(page, c);
    const section = letters(page);
    await section.getByLabel('Vorlage').selectOption('advisory');
    const facts = section.getByLabel('Anvertraute Angaben aufnehmen');
    expect(await facts.isChecked()).toBe(false);
    expect(await section.textContent()).toContain('Es liegt keine Einwilligung der Eltern vor');
    await facts.check();
    await section.getByRole('button', { name: 'Entwurf erstellen' }).click();
    const draft = section.locator('.letter').first();
    await draft
      .locator('.alert-box')
      .getByText(/keine Einwilligung der Eltern/)
      .waitFor();

    await draft.getByRole('button', { name: /^Per E-Mail senden/ }).click();
    const refusal = draft.getByRole('alert');
    await refusal
      .getByText(
        /Das Schreiben enthält Angaben, die die Eltern dem Landesjugendamt anvertraut haben/,
      )
      .waitFor();
    expect(await refusal.textContent()).toContain('§ 65 SGB VIII');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Without the facts it may go.
    await draft
      .getByLabel('Anvertraute Angaben aufnehmen (nur mit Einwilligung der Eltern)')
      .uncheck();
    await draft.getByText(/nennt weder das Kind noch die Eltern/).waitFor();

    // The consent recorded, then withdrawn: on the case and its timeline.
    const consents = page.getByRole('region', { name: 'Einwilligungen' });
    expect(await consents.textContent()).toContain('Es ist keine Einwilligung erfasst.');
    await consents.getByLabel('Die Eltern haben eingewilligt am').fill('2026-03-02');
    await consents.getByRole('button', { name: 'Einwilligung erfassen' }).click();
    await consents.getByText(/Weitergabe an den Träger: erteilt am 02\.03\.2026 – gilt/).waitFor();
    await consents.getByRole('button', { name: 'Widerruf erfassen' }).click();
    await consents.getByLabel('Widerrufen am').fill('2026-03-05');
    await consents.getByRole('button', { name: 'Widerruf speichern' }).click();
    await consents.getByText(/widerrufen am 05\.03\.2026/).waitFor();
    expect(await page.locator('.timeline').textContent()).toContain(
      'Einwilligung der Eltern widerrufen am 05.03.2026',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('writes and sends a letter by post with the keyboard alone', async () => {
    const c = await caseWithContract(false);
    const { page, problems } = await signedIn();
    await openCase(page, c);
    await page.getByRole('heading', { name: 'Schreiben', exact: true }).scrollIntoViewIfNeeded();
    await page.locator('#letters').evaluate((h) => (h as HTMLElement).focus());
    await tabTo(page, 'Vorlage');
    // Closed, a select takes the arrow keys: the first is "Bitte wählen", the next the first letter.
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel('Vorlage').inputValue()).toBe('advisory');
    await tabTo(page, 'Per E-Mail (mit dem Schreiben als PDF)');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel('Per Post (ausdrucken)').isChecked()).toBe(true);
    await tabTo(page, 'Entwurf erstellen');
    await page.keyboard.press('Enter');
    await page.getByText('Der Entwurf ist erstellt.').waitFor();
    await tabTo(page, /Als per Post versandt erfassen/, { back: true });
    await page.keyboard.press('Enter');
    await letters(page)
      .getByText(/^Versandt per Post am/)
      .waitFor();
    await tabTo(page, /PDF herunterladen/, { back: true });
    expect(problems).toEqual([]);
  });
});

describe('the provider’s answer page', () => {
  it('shows what is asked without the family, takes one answer with a revised contract, then refuses the link', async () => {
    const c = await caseWithContract(true);
    const letter = (
      await t
        .api()
        .post(`/api/v1/cases/${c.id}/letters`)
        .send({ template: 'advisory', delivery: 'email' })
        .expect(201)
    ).body;
    await t.api().post(`/api/v1/letters/${letter.id}/send`).expect(200);
    await runJobs(t);
    const link = linkOf(smtp.mails.find((m) => m.messageId === `<${letter.id}@lvr.example>`)!);

    // A browser without any session, as the provider's.
    const { page, problems } = await newPage(browser, { expected: /\/api\/v1\/public\/answers\// });
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Antwort auf unser Schreiben' }).waitFor();
    await page.getByText(/^Beratungsschreiben vom \d+\. \S+ \d{4}$/).waitFor();
    expect(await page.title()).toBe('Antwort auf unser Schreiben – Landesjugendamt');
    const main = (await page.locator('main').textContent())!;
    expect(main).toContain(c.reference);
    expect(main).toContain('Bis zum');
    expect(main).toContain('Ausschluss bei Abwesenheit der Assistenz');
    for (const entrusted of ['Łukasz', 'M. K.', 'Autismus', 'Integrationskraft erkrankt']) {
      expect(main).not.toContain(entrusted);
    }
    expect(await page.getByRole('button', { name: 'Abmelden' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Sent empty: told what is missing, the focus on the message.
    await page.getByRole('button', { name: 'Antwort senden' }).click();
    await page
      .getByText('Bitte schreiben Sie eine Antwort oder wählen Sie den überarbeiteten Vertrag aus.')
      .first()
      .waitFor();
    expect(await page.getByLabel('Ihre Antwort').getAttribute('aria-invalid')).toBe('true');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page
      .getByLabel('Ihre Antwort')
      .fill('Wir haben die Nebenabrede gestrichen; der neue Vertrag liegt bei.');
    await page.getByLabel(/Überarbeiteter Vertrag/).setInputFiles({
      name: 'vertrag-neu.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(
        'Betreuungsvertrag (überarbeitet)\n\nFehlt die Integrationskraft, betreut das Personal der Gruppe das Kind wie vereinbart.\n',
        'utf8',
      ),
    });
    await page.screenshot({ path: join(SCREENSHOTS, 'antwort-traeger.png'), fullPage: true });
    await page.getByRole('button', { name: 'Antwort senden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ihre Antwort ist eingegangen' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.locator('main').textContent()).toContain(c.reference);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Used: the link says so and nothing more.
    await page.reload();
    await page
      .getByRole('heading', { level: 1, name: 'Dieser Link kann nicht verwendet werden' })
      .waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/bereits geantwortet/);
    expect(await page.locator('main').textContent()).not.toContain(c.reference);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);

    // The caseworker sees the answer and the checked contract on the case file.
    const caseworker = await signedIn();
    await openCase(caseworker.page, c);
    const sent = letters(caseworker.page).locator('.letter').first();
    await sent.getByText(/^Antwort des Trägers am/).waitFor();
    expect(await sent.textContent()).toContain('Wir haben die Nebenabrede gestrichen');
    expect(await caseworker.page.locator('.contracts').textContent()).toContain('vertrag-neu.txt');
  });

  it('is answered with the keyboard alone', async () => {
    const c = await caseWithContract(false);
    const letter = (
      await t
        .api()
        .post(`/api/v1/cases/${c.id}/letters`)
        .send({ template: 'statement_request', delivery: 'email' })
        .expect(201)
    ).body;
    await t.api().post(`/api/v1/letters/${letter.id}/send`).expect(200);
    await runJobs(t);
    const link = linkOf(smtp.mails.find((m) => m.messageId === `<${letter.id}@lvr.example>`)!);
    const { page, problems } = await newPage(browser);
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Antwort auf unser Schreiben' }).waitFor();
    await page.getByText(/^Bitte um Stellungnahme vom /).waitFor();
    expect(await page.getByLabel(/Überarbeiteter Vertrag/).count()).toBe(0);
    await tabTo(page, 'Ihre Antwort (Pflichtfeld)');
    await page.keyboard.type('Die Protokolle senden wir Ihnen per Post.');
    await tabTo(page, 'Antwort senden');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Ihre Antwort ist eingegangen' }).waitFor();
    expect(problems).toEqual([]);
  });
});

describe('narrow windows', () => {
  it.each([320, 640])(
    'shows letters, consents and the answer page at %i px without sideways scrolling',
    async (width) => {
      const c = await caseWithContract(true);
      const sentLetter = (
        await t
          .api()
          .post(`/api/v1/cases/${c.id}/letters`)
          .send({ template: 'advisory', delivery: 'email' })
          .expect(201)
      ).body;
      await t.api().post(`/api/v1/letters/${sentLetter.id}/send`).expect(200);
      await runJobs(t);
      await t
        .api()
        .post(`/api/v1/cases/${c.id}/letters`)
        .send({ template: 'acknowledgement', delivery: 'email' })
        .expect(201);

      const { page, problems } = await signedIn({ width });
      await openCase(page, c);
      await letters(page)
        .locator('.letter')
        .nth(1)
        .getByText(/^Versandt per E-Mail/)
        .waitFor();
      await noOverflow(page);
      expect(await accessibilityViolations(page)).toEqual([]);
      if (width === 320) {
        await letters(page).screenshot({ path: join(SCREENSHOTS, 'schreiben-320px.png') });
      }

      const link = linkOf(
        smtp.mails.find((m) => m.messageId === `<${sentLetter.id}@lvr.example>`)!,
      );
      const provider = await newPage(browser, { width });
      await provider.page.goto(link);
      await provider.page.getByRole('button', { name: 'Antwort senden' }).waitFor();
      await noOverflow(provider.page);
      expect(await accessibilityViolations(provider.page)).toEqual([]);
      expect([...problems, ...provider.problems]).toEqual([]);
    },
  );
});
