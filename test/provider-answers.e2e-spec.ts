import { LetterEvents, type ProviderAnswered } from '@teilhabe/letters';
import PDFDocument from 'pdfkit';
import { createCase, createFacility } from './support/builders';
import { expectFieldError } from './support/expectations';
import { startSmtpServer, type TestSmtp } from './support/smtp';
import { runJobs, startTestApp, type TestApp } from './support/test-app';

const PUBLIC_URL = 'https://teilhabe.lvr.example';
const CLAUSE =
  '§ 5 Nebenabrede: Fehlt die KiTa-Assistenz, kann das Kind die Einrichtung nicht besuchen.';

/** A revised contract as a provider would upload it: a PDF made here. */
function contractPdf(text: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) =>
    doc.on('end', () => resolve(Buffer.concat(chunks))),
  );
  doc.fontSize(11).text(text);
  doc.end();
  return done;
}

describe('provider answers through the answer link', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let facility: string;
  const answered: ProviderAnswered[] = [];

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp({
      SMTP_URL: smtp.url,
      LETTER_FROM: 'Landesjugendamt Rheinland <teilhabe@lvr.example>',
      PUBLIC_URL,
    });
    facility = await createFacility(t, { district: 'Köln' });
    t.app.get(LetterEvents).onAnswered(async (event, m) => {
      // In the answer's transaction: its row is there.
      const rows = await m.query<unknown[]>('SELECT 1 FROM provider_answers WHERE letter_id = $1', [
        event.letterId,
      ]);
      if (rows.length > 0) answered.push(event);
    });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  /** A sent letter of `template` and the token of its link, read from the mail. */
  const sentLetter = async (
    options: { template?: string; consent?: boolean; assignee?: string | null } = {},
  ) => {
    const c = await createCase(t, facility, {
      guardian: { name: 'Łukasz Ğündoğan', email: 'lukasz@example.org' },
    });
    await t.api().post(`/api/v1/cases/${c.id}/contracts`).send({ text: CLAUSE }).expect(201);
    if (options.consent) {
      await t
        .api()
        .post(`/api/v1/cases/${c.id}/consents`)
        .send({ recipient: 'provider', givenAt: '2026-03-01' })
        .expect(201);
    }
    if (options.assignee) {
      await t
        .api()
        .put(`/api/v1/cases/${c.id}/assignee`)
        .send({ assigneeId: options.assignee })
        .expect(200);
    }
    const letter = (
      await t
        .api()
        .post(`/api/v1/cases/${c.id}/letters`)
        .send({ template: options.template ?? 'advisory', delivery: 'email' })
        .expect(201)
    ).body;
    await t.api().post(`/api/v1/letters/${letter.id}/send`).expect(200);
    await runJobs(t);
    const mail = smtp.mails.find((m) => m.messageId === `<${letter.id}@lvr.example>`)!;
    const token = /\/antwort\/([a-z2-7]{26})/.exec(mail.text ?? '')![1];
    return { c, letter, token };
  };
  const page = (token: string) => t.anonymous().get(`/api/v1/public/answers/${token}`);
  const answer = (token: string) => t.anonymous().post(`/api/v1/public/answers/${token}`);
  const audit = async (caseId: string) =>
    (
      await t.dataSource.query<{ action: string; details: Record<string, unknown> }[]>(
        `SELECT action, details FROM audit_log WHERE record_id = $1 AND action LIKE 'answer_link.%' ORDER BY id`,
        [caseId],
      )
    ).map((a) => [a.action, a.details.reason ?? null]);

  it('shows what is asked without the family’s data, takes one answer with a revised contract, checks it and tells the caseworker', async () => {
    const caseworker = await t.as('caseworker', ['Köln']);
    const me = (await caseworker.get('/api/v1/auth/me').expect(200)).body;
    const { c, letter, token } = await sentLetter({ consent: true, assignee: me.id });

    const asked = await page(token).expect(200);
    expect(asked.headers['cache-control']).toBe('no-store');
    expect(asked.body).toMatchObject({
      title: 'Beratungsschreiben',
      reference: c.reference,
      acceptsContract: true,
      findings: [
        expect.objectContaining({
          label: 'Ausschluss bei Abwesenheit der Assistenz',
          verdict: 'rechtswidrig',
        }),
      ],
    });
    expect(asked.body.asks).toHaveLength(3);
    expect(asked.body.asks[2]).toMatch(
      /^Bis zum \d+\. \S+ \d{4} einen überarbeiteten Betreuungsvertrag/,
    );
    const shown = JSON.stringify(asked.body);
    for (const entrusted of [
      'Łukasz',
      'lukasz@example.org',
      'M. K.',
      'Autismus',
      'Mia',
      'Fehlt die KiTa-Assistenz',
    ]) {
      expect(shown).not.toContain(entrusted);
    }

    const revised = await contractPdf(
      'Betreuungsvertrag (überarbeitet)\n\nDie Betreuungszeit beträgt 45 Stunden in der Woche. ' +
        'Fehlt die KiTa-Assistenz, betreut das Personal der Gruppe das Kind.',
    );
    const receipt = await answer(token)
      .field('text', 'Wir haben die Nebenabrede gestrichen.')
      .attach('file', revised, { filename: 'vertrag-neu.pdf', contentType: 'application/pdf' })
      .expect(201);
    expect(receipt.body).toMatchObject({ reference: c.reference, contractReceived: true });
    expect(receipt.body.message).toMatch(/^Vielen Dank\. Ihre Antwort zum Aktenzeichen/);

    // Checked by the rules at once, on the case with its findings and on the timeline.
    const contracts = (await t.api().get(`/api/v1/cases/${c.id}/contracts`).expect(200)).body;
    expect(contracts).toHaveLength(2);
    const stored = contracts[1];
    expect(stored).toMatchObject({ source: 'pdf', fileName: 'vertrag-neu.pdf' });
    const view = (await t.api().get(`/api/v1/letters/${letter.id}`).expect(200)).body;
    expect(view.answer).toMatchObject({
      text: 'Wir haben die Nebenabrede gestrichen.',
      contractId: stored.id,
      verdict: stored.verdict,
    });
    expect(view.answerLink.usedAt).not.toBeNull();
    const events = (await t.api().get(`/api/v1/cases/${c.id}`)).body.timeline as {
      type: string;
      actor: { name: string };
      data: Record<string, unknown>;
    }[];
    const entry = events.find((e) => e.type === 'provider_answered')!;
    expect(entry.data).toMatchObject({
      letterId: letter.id,
      contractId: stored.id,
      verdict: stored.verdict,
      withText: true,
    });
    expect(entry.actor.name).toMatch(/^Träger .* \(Antwort-Link\)$/);
    expect(answered).toContainEqual({
      letterId: letter.id,
      caseId: c.id,
      contractId: stored.id,
      verdict: stored.verdict,
    });

    // The caseworker is told by mail, with the verdict and without the family.
    await runJobs(t);
    const notice = smtp.mails.find(
      (m) => m.subject === `Az. ${c.reference} – Antwort des Trägers eingegangen`,
    )!;
    expect(notice.envelopeTo).toEqual([me.email]);
    expect(notice.text).toContain('Die Regelprüfung ergibt:');
    expect(notice.text).toContain(`${PUBLIC_URL}/faelle/${c.id}`);
    expect(notice.text).not.toContain('Łukasz');

    // Used: the link answers a German sentence and nothing else.
    const again = await page(token).expect(410);
    expect(again.body).toMatchObject({ code: 'answer_link_used' });
    expect(again.body.message).toMatch(/bereits geantwortet/);
    expect(Object.keys(again.body).sort()).toEqual(['code', 'message', 'requestId', 'statusCode']);
    await answer(token).send({ text: 'Noch etwas.' }).expect(410);
    expect(await audit(c.id)).toEqual([
      ['answer_link.open', null],
      ['answer_link.answer', null],
      ['answer_link.refused', 'answer_link_used'],
      ['answer_link.refused', 'answer_link_used'],
    ]);
  });

  it('records an upload the rules still find unlawful, and tells the team leads when nobody works the case', async () => {
    const lead = await t.as('team_lead', ['Köln']);
    const leadEmail = (await lead.get('/api/v1/auth/me')).body.email as string;
    const { c, letter, token } = await sentLetter();
    await answer(token)
      .attach('file', Buffer.from(`Betreuungsvertrag\n\n${CLAUSE}\n`), {
        filename: 'vertrag.txt',
        contentType: 'text/plain',
      })
      .expect(201);
    const view = (await t.api().get(`/api/v1/letters/${letter.id}`)).body;
    expect(view.answer).toMatchObject({ verdict: 'unlawful', text: null });
    const contract = (
      await t.api().get(`/api/v1/cases/${c.id}/contracts/${view.answer.contractId}`).expect(200)
    ).body;
    expect(contract.findings[0]).toMatchObject({
      verdict: 'unlawful',
      pattern: 'absence_exclusion',
    });
    await runJobs(t);
    const notice = smtp.mails.find((m) => m.subject?.startsWith(`Az. ${c.reference} – Antwort`))!;
    expect(notice.envelopeTo).toContain(leadEmail);
    expect(notice.text).toContain('Die Regelprüfung ergibt: rechtswidrig.');
  });

  it('refuses an expired, an unknown and a mistyped link with a German sentence, and audits each', async () => {
    const { c, token } = await sentLetter();
    await t.dataSource.query(
      `UPDATE answer_links SET expires_at = now() - interval '1 second' WHERE case_id = $1`,
      [c.id],
    );
    const expired = await page(token).expect(410);
    expect(expired.body.code).toBe('answer_link_expired');
    expect(expired.body.message).toMatch(/^Dieser Antwort-Link ist abgelaufen\./);
    await answer(token).send({ text: 'Zu spät?' }).expect(410);
    expect(await audit(c.id)).toEqual([
      ['answer_link.refused', 'answer_link_expired'],
      ['answer_link.refused', 'answer_link_expired'],
    ]);
    const unknown = await page('a'.repeat(26)).expect(404);
    expect(unknown.body.code).toBe('answer_link_unknown');
    expect(unknown.body.message).toMatch(/^Diesen Antwort-Link gibt es nicht\./);
    await page('nicht-so').expect(404);
    const refusals = await t.dataSource.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM audit_log WHERE action = 'answer_link.refused' AND record_id IS NULL`,
    );
    expect(Number(refusals[0].n)).toBeGreaterThanOrEqual(2);
  });

  it('takes a text answer to a statement request, refuses a file or nothing, and closes every link of the letter', async () => {
    const { c, letter, token } = await sentLetter({ template: 'statement_request' });
    const asked = await page(token).expect(200);
    expect(asked.body).toMatchObject({ title: 'Bitte um Stellungnahme', acceptsContract: false });
    expectFieldError(
      await answer(token).attach('file', Buffer.from('Protokoll'), {
        filename: 'p.txt',
        contentType: 'text/plain',
      }),
      'file',
      'contract_not_asked',
    );
    expectFieldError(await answer(token).send({}), 'text', 'answer_empty');
    expectFieldError(await answer(token).send({ text: '   ' }), 'text');
    expectFieldError(await answer(token).send({ text: 'x', extra: 1 }), 'extra', 'unknown_field');

    // A reminder carries a link of its own to the same request.
    const reminder = (
      await t
        .api()
        .post(`/api/v1/cases/${c.id}/letters`)
        .send({ template: 'reminder', delivery: 'email', regardingLetterId: letter.id })
        .expect(201)
    ).body;
    await t.api().post(`/api/v1/letters/${reminder.id}/send`).expect(200);
    await runJobs(t);
    const mail = smtp.mails.find((m) => m.messageId === `<${reminder.id}@lvr.example>`)!;
    const second = /\/antwort\/([a-z2-7]{26})/.exec(mail.text ?? '')![1];
    expect(second).not.toBe(token);
    expect((await page(second).expect(200)).body.title).toBe('Bitte um Stellungnahme');

    await answer(second).send({ text: 'Die Protokolle schicken wir per Post.' }).expect(201);
    expect(answered).toContainEqual({
      letterId: letter.id,
      caseId: c.id,
      contractId: null,
      verdict: null,
    });
    await page(token).expect(410);
    await page(second).expect(410);
  });

  it('stops a link once its case is closed', async () => {
    const { c, token } = await sentLetter();
    for (const to of ['assessing', 'provider_contacted', 'resolved']) {
      await t
        .api()
        .post(`/api/v1/cases/${c.id}/transitions`)
        .send({ to, reason: 'Erledigt' })
        .expect(200);
    }
    const closed = await page(token).expect(410);
    expect(closed.body.code).toBe('answer_link_closed');
  });

  it('limits how often one address may open answer links', async () => {
    const from = '203.0.113.77';
    let last = 200;
    for (let i = 0; i < 61; i++) {
      last = (await page('b'.repeat(26)).set('X-Forwarded-For', from)).status;
    }
    expect(last).toBe(429);
  });
});
