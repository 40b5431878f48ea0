import { countRows, createCase, createFacility, makeCase, makeProvider } from './support/builders';
import { expectFieldError } from './support/expectations';
import { startTestApp, type TestApp } from './support/test-app';

/** JSON as a client writes it; `\ud800` stays an escape, so JSON.parse makes a lone surrogate. */
const raw = (value: object, replace: Record<string, string> = {}) =>
  Object.entries(replace).reduce(
    (text, [marker, escaped]) => text.replace(marker, escaped),
    JSON.stringify(value),
  );

describe('characters a text field refuses and keeps', () => {
  let t: TestApp;
  let facilityId: string;
  beforeAll(async () => {
    t = await startTestApp();
    facilityId = await createFacility(t);
  });
  afterAll(() => t.close());

  const postCase = (body: string) =>
    t.api().post('/api/v1/cases').set('Content-Type', 'application/json').send(body);

  it.each([
    ['NEL (U+0085)', 'Sabine\u0085Keller', 'controlCharacters'],
    ['a line feed', 'Sabine\nKeller', 'controlCharacters'],
    ['a tab', 'Sabine\tKeller', 'controlCharacters'],
  ])('refuses a name with %s, naming the field, and stores nothing', async (_what, name, code) => {
    const before = await countRows(t, 'cases');
    const body = makeCase(facilityId, { guardian: { name } });
    const error = expectFieldError(await postCase(JSON.stringify(body)), 'guardian.name', code);
    expect(error.message).toBe(
      'darf keine Steuerzeichen enthalten, auch keine Zeilenumbrüche oder Tabulatoren.',
    );
    expect(await countRows(t, 'cases')).toBe(before);
  });

  it('refuses a lone surrogate instead of storing U+FFFD', async () => {
    const before = await countRows(t, 'cases');
    const body = raw(makeCase(facilityId, { guardian: { name: 'Sabine MARK' } }), {
      MARK: '\\ud800',
    });
    expect(body).toContain('"Sabine \\ud800"');
    expectFieldError(await postCase(body), 'guardian.name', 'loneSurrogate');
    expect(await countRows(t, 'cases')).toBe(before);

    const provider = raw(makeProvider({ name: 'Träger MARK' }), { MARK: '\\udfff' });
    const res = await t
      .api()
      .post('/api/v1/providers')
      .set('Content-Type', 'application/json')
      .send(provider);
    expectFieldError(res, 'name', 'loneSurrogate');
  });

  it('refuses control characters in addresses, e-mail addresses and search terms', async () => {
    const provider = makeProvider();
    const street = await t
      .api()
      .post('/api/v1/providers')
      .send({ ...provider, address: { ...provider.address, street: 'Ring\u00852' } });
    expectFieldError(street, 'address.street', 'controlCharacters');
    const email = await postCase(
      JSON.stringify(makeCase(facilityId, { guardian: { name: 'A', email: 'a\tb@example.org' } })),
    );
    expectFieldError(email, 'guardian.email', 'controlCharacters');
    const search = await t.api().get(`/api/v1/cases?q=${encodeURIComponent('Kita\nX')}`);
    expectFieldError(search, 'q', 'controlCharacters');
  });

  it('keeps the line breaks and tabs of a description and a reason', async () => {
    const description = 'Erster Absatz.\r\n\r\nZweiter Absatz:\n\t- Punkt eins';
    const created = await createCase(t, facilityId, { description });
    const reason = 'Geprüft.\nTräger angeschrieben.';
    await t
      .api()
      .post(`/api/v1/cases/${created.id}/transitions`)
      .send({ to: 'assessing', reason })
      .expect(200);
    const read = await t.api().get(`/api/v1/cases/${created.id}`).expect(200);
    expect(read.body.description).toBe(description);
    expect(JSON.stringify(read.body.timeline ?? read.body.events)).toContain(
      JSON.stringify(reason).slice(1, -1),
    );
  });

  it('refuses other control characters in a description, naming it', async () => {
    const res = await postCase(
      JSON.stringify(makeCase(facilityId, { description: 'Text\u0085mit NEL' })),
    );
    const error = expectFieldError(res, 'description', 'controlCharacters');
    expect(error.message).toBe(
      'darf außer Zeilenumbrüchen und Tabulatoren keine Steuerzeichen enthalten.',
    );
  });

  const upload = (caseId: string, fileName: string) => {
    const boundary = 'teilhabe-boundary';
    // Written by hand: a client library would escape what a hostile client sends as it is.
    const multipart = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; ` +
          `filename="${fileName}"\r\nContent-Type: text/plain\r\n\r\n`,
      ),
      Buffer.from('Fällt die Assistenz aus, bleibt das Kind zu Hause.'),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return t
      .api()
      .post(`/api/v1/cases/${caseId}/contracts`)
      .set('Content-Type', `multipart/form-data; boundary=${boundary}`)
      .send(multipart);
  };

  it('stores an uploaded file name without its path and control characters', async () => {
    const { id } = await createCase(t, facilityId);
    // A tab, and a right-to-left override that would show "passwd.txt" as "passwdtxt.".
    const res = await upload(id, '..\\..\\etc\\pass\twd\u202e.txt').expect(201);
    expect(res.body.fileName).toBe('passwd.txt');
    const [row] = await t.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM care_contracts WHERE case_id = $1',
      [id],
    );
    expect(row.n).toBe(1);
    const download = await t
      .api()
      .get(`/api/v1/cases/${id}/contracts/${res.body.id}/document`)
      .expect(200);
    expect(download.headers['content-disposition']).toContain("UTF-8''passwd.txt");
  });

  it('refuses an upload whose part header holds a control character, storing nothing', async () => {
    const { id } = await createCase(t, facilityId);
    const res = await upload(id, 'pass\u0007wd.txt').expect(400);
    expect(res.body.code).toBe('invalid_upload');
    const list = await t.api().get(`/api/v1/cases/${id}/contracts`).expect(200);
    expect(list.body).toEqual([]);
  });
});
