import { pdfText } from './pdf';
import { type TestApp } from './test-app';

/**
 * A letter to the provider that asks for an answer has gone out: drafted and sent by post
 * through the API, as a caseworker does (a post letter is sent when marked so).
 */
export async function letterSent(
  t: TestApp,
  caseId: string,
  template: 'advisory' | 'statement_request' | 'acknowledgement' | 'requirement' = 'advisory',
): Promise<string> {
  const draft = await t
    .api()
    .post(`/api/v1/cases/${caseId}/letters`)
    .send({ template, delivery: 'post' })
    .expect(201);
  await t.api().post(`/api/v1/letters/${draft.body.id}/send`).expect(200);
  return draft.body.id as string;
}

/** The follow-up a new advisory letter of a case sets; returns its id. */
export async function followUpOf(t: TestApp, caseId: string): Promise<string> {
  await letterSent(t, caseId);
  const [row] = await t.dataSource.query<{ id: string }[]>(
    `SELECT id FROM follow_ups WHERE case_id = $1 AND status = 'pending' ORDER BY created_at DESC LIMIT 1`,
    [caseId],
  );
  return row.id;
}

/** The provider answers a sent letter through the link printed in it (read from its PDF). */
export async function answerLetter(
  t: TestApp,
  letterId: string,
  text = 'Wir haben den Vertrag geändert.',
) {
  const pdf = await t
    .api()
    .get(`/api/v1/letters/${letterId}/pdf`)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    })
    .expect(200);
  const token = /\/antwort\/([a-z2-7]{26})/.exec(await pdfText(pdf.body as Buffer))?.[1];
  if (!token) throw new Error('no answer link in the letter');
  await t.anonymous().post(`/api/v1/public/answers/${token}`).send({ text }).expect(201);
}
