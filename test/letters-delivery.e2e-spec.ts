import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createCase, createFacility } from './support/builders';
import { TEST_CRYPTO_ENV, TEST_REDIS_URL } from './support/environment';
import { startProcess, type Started, waitFor } from './support/process';
import { startSmtpServer, type TestSmtp } from './support/smtp';
import { startTestApp, type TestApp } from './support/test-app';

const WORKER = 'dist/apps/worker/src/main.js';
const FROM = 'Landesjugendamt Rheinland <teilhabe@lvr.example>';

describe('letters mailed by the worker process', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let db: Client;
  let prefix: string;
  const workers: Started[] = [];

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp({ SMTP_URL: smtp.url, LETTER_FROM: FROM });
    db = new Client({ connectionString: (t.dataSource.options as { url: string }).url });
    await db.connect();
    // The test's own queue keys, so that no other worker takes its jobs.
    prefix = `l${randomBytes(4).toString('hex')}`;
  });
  afterAll(async () => {
    for (const w of workers)
      if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    await db.end();
    await t.close();
    await smtp.close();
  });

  const startWorker = async () => {
    const started = startProcess(WORKER, {
      ...TEST_CRYPTO_ENV,
      DATABASE_URL: (t.dataSource.options as { url: string }).url,
      REDIS_URL: TEST_REDIS_URL,
      JOB_QUEUE_PREFIX: prefix,
      JOB_LOCK_SECONDS: '2',
      SMTP_URL: smtp.url,
      LETTER_FROM: FROM,
      LOG_LEVEL: 'info',
    });
    workers.push(started);
    await waitFor(
      () => (started.stdout().includes('Teilhabe worker ready') ? true : undefined),
      'the worker',
    );
    return started;
  };
  const letterRow = async (id: string) =>
    (
      await db.query<{ status: string; delivery_attempts: number }>(
        'SELECT status, delivery_attempts FROM letters WHERE id = $1',
        [id],
      )
    ).rows[0];
  const mailsOf = (id: string) => smtp.mails.filter((m) => m.messageId === `<${id}@lvr.example>`);

  it('sends a letter exactly once when its worker is killed in the middle of the send', async () => {
    const facility = await createFacility(t);
    const c = await createCase(t, facility);
    const letter = (
      await t
        .api()
        .post(`/api/v1/cases/${c.id}/letters`)
        .send({ template: 'advisory', delivery: 'email' })
        .expect(201)
    ).body;
    const hold = smtp.holdNext();
    await t.api().post(`/api/v1/letters/${letter.id}/send`).expect(200);

    const first = await startWorker();
    // The mail server has the whole message and holds back its answer: the worker waits.
    await hold.reached;
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    // Let the server notice the dropped connection before it answers: nothing was accepted.
    await new Promise((r) => setTimeout(r, 500));
    hold.release();
    await new Promise((r) => setTimeout(r, 300));
    expect(mailsOf(letter.id)).toHaveLength(0);
    expect((await letterRow(letter.id)).status).toBe('queued');

    // Another worker takes the job once the dead one's lock and lease ran out, and sends it.
    await startWorker();
    await waitFor(
      async () => ((await letterRow(letter.id)).status === 'sent' ? true : undefined),
      'the letter sent',
      90_000,
    );
    await new Promise((r) => setTimeout(r, 1000));
    expect(mailsOf(letter.id)).toHaveLength(1);
    expect(mailsOf(letter.id)[0].attachments[0].contentType).toBe('application/pdf');
    expect(await letterRow(letter.id)).toEqual({ status: 'sent', delivery_attempts: 2 });
    const job = await db.query<{ status: string; attempts: number }>(
      `SELECT status, attempts FROM job_outbox WHERE payload ->> 'letterId' = $1`,
      [letter.id],
    );
    expect(job.rows).toEqual([{ status: 'done', attempts: 2 }]);
  }, 120_000);
});
