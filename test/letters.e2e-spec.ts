import { LetterEvents, LettersService, type LetterSent } from '@teilhabe/letters';
import { CaseRetention } from '@teilhabe/cases';
import { SYSTEM_ACTOR } from '@teilhabe/common';
import type { Response } from 'supertest';
import { createCase, createFacility } from './support/builders';
import { expectFieldError } from './support/expectations';
import { pdfText } from './support/pdf';
import { startSmtpServer, type ReceivedMail, type TestSmtp } from './support/smtp';
import { runJobs, startTestApp, type TestApp } from './support/test-app';

const PUBLIC_URL = 'https://teilhabe.lvr.example';
const CLAUSE =
  '§ 5 Nebenabrede: Fehlt die KiTa-Assistenz, kann das Kind die Einrichtung nicht besuchen.';
const LINK = new RegExp(`${PUBLIC_URL.replaceAll('.', '\\.')}/antwort/([a-z2-7]{26})`);

/** The body of a binary answer (a PDF). */
const binary = (req: ReturnType<ReturnType<TestApp['api']>['get']>) =>
  req.buffer(true).parse((r, done) => {
    const chunks: Buffer[] = [];
    r.on('data', (c: Buffer) => chunks.push(c));
    r.on('end', () => done(null, Buffer.concat(chunks)));
  });

const germanDate = (date: Date) =>
  new Intl.DateTimeFormat('de-DE', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Berlin',
  }).format(date);

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

describe('letters', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let facility: string;
  let providerEmail: string;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp({
      SMTP_URL: smtp.url,
      LETTER_FROM: 'Landesjugendamt Rheinland <teilhabe@lvr.example>',
      PUBLIC_URL,
    });
    facility = await createFacility(t);
    const detail = await t.api().get(`/api/v1/facilities/${facility}`).expect(200);
    const provider = await t.api().get(`/api/v1/providers/${detail.body.provider.id}`).expect(200);
    providerEmail = provider.body.email;
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  /** A case with a checked contract and, if asked, the parents' consent to the provider. */
  const caseWith = async (
    options: { consent?: boolean; overrides?: Record<string, unknown> } = {},
  ) => {
    const created = await createCase(t, facility, {
      guardian: {
        name: 'Łukasz Ğündoğan',
        email: 'lukasz@example.org',
        address: { street: 'Rubensstraße 7', postalCode: '50676', city: 'Köln' },
      },
      ...options.overrides,
    });
    await t.api().post(`/api/v1/cases/${created.id}/contracts`).send({ text: CLAUSE }).expect(201);
    if (options.consent) {
      await t
        .api()
        .post(`/api/v1/cases/${created.id}/consents`)
        .send({ recipient: 'provider', givenAt: '2026-03-01' })
        .expect(201);
    }
    return created;
  };
  const draft = async (caseId: string, body: Record<string, unknown>) =>
    (await t.api().post(`/api/v1/cases/${caseId}/letters`).send(body).expect(201)).body;
  const pdf = async (letterId: string) =>
    (await binary(t.api().get(`/api/v1/letters/${letterId}/pdf`)).expect(200)).body as Buffer;
  const mailOf = (letterId: string): ReceivedMail[] =>
    smtp.mails.filter((m) => m.messageId === `<${letterId}@lvr.example>`);
  const timeline = async (caseId: string) =>
    (
      (await t.api().get(`/api/v1/cases/${caseId}`).expect(200)).body.timeline as {
        type: string;
        data: Record<string, unknown>;
      }[]
    ).filter((e) => e.data.letterId !== undefined);

  it('sends an advisory letter by e-mail: the PDF attached, the names as typed, once the job ran', async () => {
    const c = await caseWith({ consent: true });
    const letter = await draft(c.id, { template: 'advisory', delivery: 'email' });
    expect(letter).toMatchObject({
      template: 'advisory',
      title: 'Beratungsschreiben',
      recipient: 'provider',
      delivery: 'email',
      status: 'draft',
      includeFacts: true,
      disclosure: { blocked: false, consent: { givenAt: '2026-03-01' } },
    });
    expect(letter.disclosure.entrusted).toEqual(
      expect.arrayContaining(['Namen der Erziehungsberechtigten', 'Schilderung der Eltern']),
    );

    // The preview: what the provider will see, marked as a draft, the link not made yet.
    const preview = oneLine(await pdfText(await pdf(letter.id)));
    expect(preview).toContain('ENTWURF – nicht versandt');
    expect(preview).toContain('Łukasz Ğündoğan');
    expect(preview).toContain('wird beim Versand erzeugt');

    const sent = await t.api().post(`/api/v1/letters/${letter.id}/send`).expect(200);
    expect(sent.body).toMatchObject({ status: 'queued', sending: { status: 'pending' } });
    expect(mailOf(letter.id)).toHaveLength(0);
    expect(await runJobs(t)).toBeGreaterThanOrEqual(1);

    const [mail] = await smtp.waitForMails(smtp.mails.length);
    expect(mailOf(letter.id)).toHaveLength(1);
    expect(mail.envelopeTo).toEqual([providerEmail]);
    expect(mail.subject).toContain(c.reference);
    expect(mail.subject).toMatch(/^Az\. 42\.22-\d{4}-\d{6} – Betreuung von Kindern/);
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]).toMatchObject({
      contentType: 'application/pdf',
      filename: `Beratungsschreiben ${c.reference}.pdf`,
    });
    const text = await pdfText(mail.attachments[0].content);
    expect(text).toContain('Łukasz Ğündoğan');
    const flat = oneLine(text);
    expect(flat).toContain(c.reference);
    expect(flat).toContain('Rundschreiben Nr. 42/21/2023');
    expect(flat).toContain('Ausschluss bei Abwesenheit der Assistenz');
    expect(flat).toContain(`bis zum ${germanDate(new Date(Date.now() + 14 * 864e5))}`);
    expect(flat).not.toContain('ENTWURF');
    const token = LINK.exec(flat)?.[1];
    expect(token).toBeDefined();
    expect(mail.text).toContain(`${PUBLIC_URL}/antwort/${token}`);

    // The letter as sent: what was mailed, with its dates, and the token stored only hashed.
    const read = await t.api().get(`/api/v1/letters/${letter.id}`).expect(200);
    expect(read.body).toMatchObject({
      status: 'sent',
      sentTo: providerEmail,
      letterDate: expect.any(String),
      answerDue: expect.any(String),
      answerLink: { usedAt: null },
      sending: null,
    });
    expect(Buffer.compare(await pdf(letter.id), mail.attachments[0].content)).toBe(0);
    const links = await t.dataSource.query<{ token_hash: string }[]>(
      'SELECT token_hash FROM answer_links WHERE issued_with_letter_id = $1',
      [letter.id],
    );
    expect(links).toHaveLength(1);
    expect(links[0].token_hash).not.toContain(token!);
    expect(links[0].token_hash).toMatch(/^[0-9a-f]{64}$/);

    expect((await timeline(c.id)).map((e) => e.type)).toEqual([
      'letter_drafted',
      'letter_queued',
      'letter_sent',
      // The advisory letter asks for an answer: the follow-ups set its deadline.
      'follow_up_set',
    ]);
    const audit = await t.dataSource.query<{ action: string }[]>(
      `SELECT action FROM audit_log WHERE record_id = $1 AND action LIKE 'letter.%' ORDER BY id`,
      [c.id],
    );
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['letter.create', 'letter.preview', 'letter.send', 'letter.mailed']),
    );
  });

  it('refuses to send entrusted facts without the parents’ consent, in German, and writes nothing', async () => {
    const c = await caseWith();
    const letter = await draft(c.id, {
      template: 'advisory',
      delivery: 'email',
      includeFacts: true,
    });
    expect(letter.disclosure).toMatchObject({ blocked: true, consent: null });
    expect(letter.disclosure.message).toContain('keine Einwilligung');

    const refused = await t.api().post(`/api/v1/letters/${letter.id}/send`).expect(409);
    expect(refused.body.code).toBe('consent_missing');
    expect(refused.body.message).toMatch(/anvertraut.*Initialen des Kindes.*§ 65 SGB VIII/);
    expect((await t.api().get(`/api/v1/letters/${letter.id}`)).body.status).toBe('draft');
    const written = await t.dataSource.query<{ n: string }[]>(
      `SELECT (SELECT count(*) FROM answer_links WHERE issued_with_letter_id = $1)
            + (SELECT count(*) FROM job_outbox WHERE payload ->> 'letterId' = $1::text) AS n`,
      [letter.id],
    );
    expect(Number(written[0].n)).toBe(0);
    expect((await timeline(c.id)).map((e) => e.type)).toEqual(['letter_drafted']);

    // Without the facts it may go: it names neither the child nor the parents.
    const general = await t
      .api()
      .patch(`/api/v1/letters/${letter.id}`)
      .send({ includeFacts: false })
      .expect(200);
    expect(general.body.disclosure).toMatchObject({ entrusted: [], blocked: false });
    await t.api().post(`/api/v1/letters/${letter.id}/send`).expect(200);
    await runJobs(t);
    const [mail] = mailOf(letter.id);
    const text = oneLine(await pdfText(mail.attachments[0].content));
    for (const entrusted of [
      'Łukasz Ğündoğan',
      'M. K.',
      'Autismus',
      'schickt Mia nach Hause',
      'Fehlt die KiTa-Assistenz',
    ]) {
      expect(text).not.toContain(entrusted);
    }
    expect(text).toContain('Ausschluss bei Abwesenheit der Assistenz');
  });

  it('drafts a provider letter with the facts only while the parents’ consent stands', async () => {
    const c = await caseWith({ consent: true });
    const withConsent = await draft(c.id, { template: 'statement_request', delivery: 'post' });
    expect(withConsent.includeFacts).toBe(true);
    const consentId = (await t.api().get(`/api/v1/cases/${c.id}`)).body.consents[0].id;
    await t
      .api()
      .post(`/api/v1/cases/${c.id}/consents/${consentId}/withdraw`)
      .send({ withdrawnAt: '2026-03-02' })
      .expect(200);
    // The draft still holds the facts, but the consent is gone: it may not leave.
    const blocked = await t.api().get(`/api/v1/letters/${withConsent.id}`).expect(200);
    expect(blocked.body.disclosure).toMatchObject({ blocked: true, consent: null });
    await t.api().post(`/api/v1/letters/${withConsent.id}/send`).expect(409);
    const without = await draft(c.id, { template: 'advisory', delivery: 'email' });
    expect(without).toMatchObject({
      includeFacts: false,
      disclosure: { entrusted: [], blocked: false },
    });
  });

  it('sends the acknowledgement to the guardians, and a letter by post is sent when the caseworker says so', async () => {
    const c = await caseWith();
    const mail = await draft(c.id, { template: 'acknowledgement', delivery: 'email' });
    expect(mail).toMatchObject({
      recipient: 'guardians',
      disclosure: { entrusted: [], blocked: false },
    });
    await t.api().post(`/api/v1/letters/${mail.id}/send`).expect(200);
    await runJobs(t);
    const [received] = mailOf(mail.id);
    expect(received.envelopeTo).toEqual(['lukasz@example.org']);
    expect(received.text).toMatch(/^Guten Tag Łukasz Ğündoğan,/);
    expect(await pdfText(received.attachments[0].content)).toContain('Łukasz Ğündoğan');

    const post = await draft(c.id, { template: 'acknowledgement', delivery: 'post' });
    const heard: LetterSent[] = [];
    t.app.get(LetterEvents).onSent(async (event, m) => {
      // Inside the transaction that marks it sent: the row already says so.
      const [row] = await m.query<{ status: string }[]>(
        'SELECT status FROM letters WHERE id = $1',
        [event.letterId],
      );
      if (row.status === 'sent') heard.push(event);
    });
    const sent = await t.api().post(`/api/v1/letters/${post.id}/send`).expect(200);
    expect(sent.body).toMatchObject({
      status: 'sent',
      sentTo: 'Łukasz Ğündoğan, Rubensstraße 7, 50676 Köln',
      sentBy: expect.any(String),
    });
    expect(heard).toEqual([
      expect.objectContaining({
        letterId: post.id,
        caseId: c.id,
        template: 'acknowledgement',
        recipient: 'guardians',
      }),
    ]);
    const printed = oneLine(await pdfText(await pdf(post.id)));
    expect(printed).toContain('Łukasz Ğündoğan Rubensstraße 7 50676 Köln');
    expect(mailOf(post.id)).toHaveLength(0);
  });

  it('mails a letter once however often its job runs', async () => {
    const c = await caseWith();
    const letter = await draft(c.id, { template: 'advisory', delivery: 'email' });
    const sent = await t.api().post(`/api/v1/letters/${letter.id}/send`).expect(200);
    expect(sent.body.status).toBe('queued');
    await runJobs(t);
    // Delivered again (Redis lost its state, a second worker took it): the row says sent.
    await t.dataSource.query(
      `UPDATE job_outbox SET status = 'pending' WHERE payload ->> 'letterId' = $1`,
      [letter.id],
    );
    expect(await runJobs(t)).toBe(1);
    const results = await t.dataSource.query<
      { result: Record<string, unknown>; attempts: number }[]
    >(`SELECT result, attempts FROM job_outbox WHERE payload ->> 'letterId' = $1`, [letter.id]);
    expect(results).toEqual([{ result: { skipped: 'already sent' }, attempts: 2 }]);
    await new Promise((r) => setTimeout(r, 300));
    expect(mailOf(letter.id)).toHaveLength(1);
  });

  it('keeps a mailed letter sent when a listener fails, and runs the listener again without mailing', async () => {
    const c = await caseWith();
    const letter = await draft(c.id, { template: 'advisory', delivery: 'email' });
    let failures = 1;
    const heard: string[] = [];
    t.app.get(LetterEvents).onSent(async (event, m) => {
      if (event.letterId !== letter.id) return;
      await m.query(`SELECT 1`);
      if (failures-- > 0) throw new Error('follow-up could not be written');
      heard.push(event.letterId);
    });
    await t.api().post(`/api/v1/letters/${letter.id}/send`).expect(200);
    await runJobs(t);
    expect((await t.api().get(`/api/v1/letters/${letter.id}`)).body.status).toBe('sent');
    expect(heard).toEqual([]);
    // Its retry is due after the back-off: run it now.
    await t.dataSource.query(
      `UPDATE job_outbox SET run_after = now() WHERE payload ->> 'letterId' = $1`,
      [letter.id],
    );
    await runJobs(t);
    expect(heard).toEqual([letter.id]);
    expect(mailOf(letter.id)).toHaveLength(1);
  });

  it('prints what users typed exactly as typed: no markup, no HTML, no template fields', async () => {
    const typed = '## Kein Titel **nicht fett** <b>kein HTML</b> {{facts}} - kein Punkt';
    const c = await caseWith({ consent: true, overrides: { description: typed } });
    const letter = await draft(c.id, { template: 'advisory', delivery: 'email' });
    expect(oneLine(await pdfText(await pdf(letter.id)))).toContain(typed);
    await t.api().post(`/api/v1/letters/${letter.id}/send`).expect(200);
    await runJobs(t);
    expect(oneLine(await pdfText(mailOf(letter.id)[0].attachments[0].content))).toContain(typed);
  });

  it('creates a reminder in the caller’s transaction for the follow-ups, with a new link to the same letter', async () => {
    const c = await caseWith();
    const advisory = await draft(c.id, { template: 'advisory', delivery: 'email' });
    await t.api().post(`/api/v1/letters/${advisory.id}/send`).expect(200);
    await runJobs(t);
    const letters = t.app.get(LettersService);
    const id = await t.dataSource.transaction((m) =>
      letters.createReminder(c.id, advisory.id, SYSTEM_ACTOR, m),
    );
    const reminder = await t.api().get(`/api/v1/letters/${id}`).expect(200);
    expect(reminder.body).toMatchObject({
      template: 'reminder',
      status: 'queued',
      regardingLetterId: advisory.id,
      delivery: 'email',
    });
    await runJobs(t);
    const [mail] = mailOf(id);
    expect(mail.subject).toContain('Erinnerung an unser Schreiben vom');
    const text = oneLine(await pdfText(mail.attachments[0].content));
    expect(text).toContain(`bis zum ${germanDate(new Date(Date.now() + 7 * 864e5))}`);
    const links = await t.dataSource.query<{ letter_id: string }[]>(
      'SELECT letter_id FROM answer_links WHERE issued_with_letter_id = $1',
      [id],
    );
    expect(links).toEqual([{ letter_id: advisory.id }]);
  });

  it('answers bad input naming the field and writes nothing', async () => {
    const c = await caseWith({
      overrides: { guardian: { name: 'Ohne Adresse', phone: '0221 1' } },
    });
    const count = async () =>
      Number((await t.dataSource.query('SELECT count(*) AS n FROM letters'))[0].n);
    const before = await count();
    const post = (body: Record<string, unknown>) =>
      t.api().post(`/api/v1/cases/${c.id}/letters`).send(body);
    expectFieldError(await post({ template: 'brief', delivery: 'email' }), 'template', 'isIn');
    expectFieldError(await post({ template: 'advisory', delivery: 'fax' }), 'delivery', 'isIn');
    expectFieldError(await post({ template: 'reminder', delivery: 'email' }), 'regardingLetterId');
    const draftOne = await draft(c.id, { template: 'advisory', delivery: 'post' });
    expectFieldError(
      await post({ template: 'reminder', delivery: 'email', regardingLetterId: draftOne.id }),
      'regardingLetterId',
    );
    const noMail = await post({ template: 'acknowledgement', delivery: 'email' });
    expectFieldError(noMail, 'delivery', 'no_recipient_address');
    expect(noMail.body.errors[0].message).toContain('keine E-Mail-Adresse');
    expectFieldError(await post({ template: 'acknowledgement', delivery: 'post' }), 'delivery');
    expectFieldError(
      await t.api().patch(`/api/v1/letters/${draftOne.id}`).send({ includeFacts: 'ja' }),
      'includeFacts',
    );
    expect(await count()).toBe(before + 1);
    // A sent letter and a discarded one stay as they are.
    await t.api().post(`/api/v1/letters/${draftOne.id}/discard`).expect(200);
    const again: Response = await t.api().post(`/api/v1/letters/${draftOne.id}/send`);
    expect(again.status).toBe(409);
    expect(again.body.message).toBe('Dieses Schreiben wurde verworfen.');
  });

  it('erases what a letter said with the case’s personal data, and keeps that it went out', async () => {
    const c = await caseWith({ consent: true });
    const letter = await draft(c.id, { template: 'advisory', delivery: 'post' });
    await t.api().post(`/api/v1/letters/${letter.id}/send`).expect(200);
    for (const to of ['assessing', 'provider_contacted', 'resolved']) {
      await t
        .api()
        .post(`/api/v1/cases/${c.id}/transitions`)
        .send({ to, reason: 'Erledigt' })
        .expect(200);
    }
    await t.dataSource.query(
      `UPDATE cases SET closed_at = now() - interval '6 years' WHERE id = $1`,
      [c.id],
    );
    await t.app.get(CaseRetention).run();
    const [row] = await t.dataSource.query<Record<string, unknown>[]>(
      'SELECT status, template, pdf, mail_text, sent_to, disclosed FROM letters WHERE id = $1',
      [letter.id],
    );
    expect(row).toEqual({
      status: 'sent',
      template: 'advisory',
      pdf: null,
      mail_text: null,
      sent_to: null,
      disclosed: [],
    });
    // Nothing to preview or print of an erased case.
    await t.api().get(`/api/v1/letters/${letter.id}/pdf`).expect(409);
    await t
      .api()
      .post(`/api/v1/cases/${c.id}/letters`)
      .send({ template: 'advisory', delivery: 'post' })
      .expect(409);
  });

  it('keeps the letters of other districts out of sight (404)', async () => {
    const c = await caseWith();
    const letter = await draft(c.id, { template: 'advisory', delivery: 'post' });
    const bonn = await t.as('caseworker', ['Bonn']);
    await bonn.get(`/api/v1/letters/${letter.id}`).expect(404);
    await bonn.get(`/api/v1/letters/${letter.id}/pdf`).expect(404);
    await bonn.post(`/api/v1/letters/${letter.id}/send`).expect(404);
    await bonn.get(`/api/v1/cases/${c.id}/letters`).expect(404);
    const koeln = await t.as('caseworker', ['Köln']);
    expect((await koeln.get(`/api/v1/cases/${c.id}/letters`).expect(200)).body).toHaveLength(1);
  });
});
