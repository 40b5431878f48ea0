import { countRows, districtId, makeFacility, makeProvider } from './support/builders';
import { expectFieldError } from './support/expectations';
import { startTestApp, type TestApp } from './support/test-app';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('providers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('creates, reads, updates and lists a provider', async () => {
    const body = makeProvider({ name: 'Ev. Kirchengemeinde Bonn-Beuel', type: 'church' });
    const created = await t.api().post('/api/v1/providers').send(body).expect(201);
    expect(created.body).toMatchObject({ ...body, id: expect.any(String) });

    const read = await t.api().get(`/api/v1/providers/${created.body.id}`).expect(200);
    expect(read.body).toEqual(created.body);

    const updated = await t
      .api()
      .patch(`/api/v1/providers/${created.body.id}`)
      .send({
        email: 'kita@ekir-beuel.example',
        address: { street: 'Neustraße 3', postalCode: '53225', city: 'Bonn' },
      })
      .expect(200);
    expect(updated.body).toMatchObject({
      name: 'Ev. Kirchengemeinde Bonn-Beuel',
      email: 'kita@ekir-beuel.example',
      address: { street: 'Neustraße 3', postalCode: '53225', city: 'Bonn' },
    });

    const listed = await t.api().get('/api/v1/providers?type=church&q=Beuel').expect(200);
    expect(listed.body.items.map((p: { id: string }) => p.id)).toEqual([created.body.id]);
  });

  it('pages through providers by name', async () => {
    for (const name of ['Zeta Träger', 'Alpha Träger', 'Mitte Träger']) {
      await t
        .api()
        .post('/api/v1/providers')
        .send(makeProvider({ name: `${name} Pagination` }))
        .expect(201);
    }
    const first = await t.api().get('/api/v1/providers?q=Pagination&limit=2').expect(200);
    expect(first.body.items.map((p: { name: string }) => p.name)).toEqual([
      'Alpha Träger Pagination',
      'Mitte Träger Pagination',
    ]);
    const second = await t
      .api()
      .get(`/api/v1/providers?q=Pagination&limit=2&cursor=${first.body.nextCursor}`)
      .expect(200);
    expect(second.body.items.map((p: { name: string }) => p.name)).toEqual([
      'Zeta Träger Pagination',
    ]);
    expect(second.body.nextCursor).toBeNull();
  });

  it.each([
    ['name', { name: undefined }, 'required'],
    ['type', { type: 'private' }, 'isIn'],
    ['email', { email: 'kein-mail' }, 'isEmail'],
    ['address', { address: undefined }, 'required'],
    [
      'address.postalCode',
      { address: { street: 'S 1', postalCode: 'ABCDE', city: 'Köln' } },
      'matches',
    ],
    ['address.city', { address: { street: 'S 1', postalCode: '50667' } }, 'required'],
    ['name', { name: 'x'.repeat(201) }, 'maxLength'],
    ['website', { website: 'https://x' }, 'unknown_field'],
  ])('rejects a provider with a bad %s', async (field, overrides, code) => {
    const before = await countRows(t, 'providers');
    expectFieldError(
      await t.api().post('/api/v1/providers').send(makeProvider(overrides)),
      field,
      code,
    );
    expect(await countRows(t, 'providers')).toBe(before);
  });

  it('answers bad ids, unknown ids and bad updates', async () => {
    expectFieldError(await t.api().get('/api/v1/providers/1'), 'id', 'isUuid');
    await t.api().get(`/api/v1/providers/${UNKNOWN}`).expect(404);
    await t.api().patch(`/api/v1/providers/${UNKNOWN}`).send({ name: 'x' }).expect(404);
    const created = await t.api().post('/api/v1/providers').send(makeProvider()).expect(201);
    expectFieldError(
      await t.api().patch(`/api/v1/providers/${created.body.id}`).send({ type: null }),
      'type',
    );
    expectFieldError(
      await t.api().patch(`/api/v1/providers/${created.body.id}`).send({ id: UNKNOWN }),
      'id',
      'unknown_field',
    );
    expectFieldError(await t.api().get('/api/v1/providers?type=private'), 'type');
  });
});

describe('facilities', () => {
  let t: TestApp;
  let providerId: string;
  let koeln: string;
  let bonn: string;

  beforeAll(async () => {
    t = await startTestApp();
    providerId = (await t.api().post('/api/v1/providers').send(makeProvider()).expect(201)).body.id;
    koeln = await districtId(t, 'Köln');
    bonn = await districtId(t, 'Bonn');
  });
  afterAll(() => t.close());

  it('creates a facility and shows its provider and district', async () => {
    const res = await t
      .api()
      .post('/api/v1/facilities')
      .send(makeFacility(providerId, koeln, { name: 'OGS Lindenschule', kind: 'ogs' }))
      .expect(201);
    expect(res.body).toMatchObject({
      name: 'OGS Lindenschule',
      kind: 'ogs',
      provider: { id: providerId },
      district: { id: koeln, name: 'Köln' },
    });
    const read = await t.api().get(`/api/v1/facilities/${res.body.id}`).expect(200);
    expect(read.body).toEqual(res.body);
  });

  it('moves a facility to another district and lists by district, kind and provider', async () => {
    const created = await t
      .api()
      .post('/api/v1/facilities')
      .send(makeFacility(providerId, koeln, { name: 'Kita Sonnenblume', kind: 'kita' }))
      .expect(201);
    const moved = await t
      .api()
      .patch(`/api/v1/facilities/${created.body.id}`)
      .send({ districtId: bonn })
      .expect(200);
    expect(moved.body.district.name).toBe('Bonn');
    const inBonn = await t
      .api()
      .get(`/api/v1/facilities?districtId=${bonn}&kind=kita&providerId=${providerId}`)
      .expect(200);
    expect(inBonn.body.items.map((f: { id: string }) => f.id)).toEqual([created.body.id]);
  });

  it('keeps a facility’s postal code and town, which are optional and can be cleared', async () => {
    const bare = await t
      .api()
      .post('/api/v1/facilities')
      .send(makeFacility(providerId, koeln))
      .expect(201);
    expect(bare.body).toMatchObject({ postalCode: null, city: null });
    const created = await t
      .api()
      .post('/api/v1/facilities')
      .send(makeFacility(providerId, bonn, { postalCode: '53225', city: ' Bonn-Beuel ' }))
      .expect(201);
    expect(created.body).toMatchObject({ postalCode: '53225', city: 'Bonn-Beuel' });
    const moved = await t
      .api()
      .patch(`/api/v1/facilities/${created.body.id}`)
      .send({ city: 'Bonn' })
      .expect(200);
    expect(moved.body).toMatchObject({ postalCode: '53225', city: 'Bonn' });
    const cleared = await t
      .api()
      .patch(`/api/v1/facilities/${created.body.id}`)
      .send({ postalCode: null, city: null })
      .expect(200);
    expect(cleared.body).toMatchObject({ postalCode: null, city: null });
    const read = await t.api().get(`/api/v1/facilities/${created.body.id}`).expect(200);
    expect(read.body).toEqual(cleared.body);
  });

  it('refuses a second facility of the same name, provider and district with 409', async () => {
    const body = makeFacility(providerId, koeln, { name: 'Kita Pusteblume' });
    await t.api().post('/api/v1/facilities').send(body).expect(201);
    const res = await t.api().post('/api/v1/facilities').send(body).expect(409);
    expect(res.body.code).toBe('duplicate_facility');
  });

  it.each([
    ['providerId', { providerId: UNKNOWN }, 'unknown_reference'],
    ['districtId', { districtId: UNKNOWN }, 'unknown_reference'],
    ['providerId', { providerId: 'awo' }, 'isUuid'],
    ['kind', { kind: 'school' }, 'isIn'],
    ['name', { name: '' }, 'minLength'],
    ['capacity', { capacity: 40 }, 'unknown_field'],
    ['postalCode', { postalCode: '5066' }, 'matches'],
    ['postalCode', { postalCode: 50667 }, 'isString'],
    ['city', { city: 'Köln\nDeutz' }, 'controlCharacters'],
    ['city', { city: 'K'.repeat(101) }, 'maxLength'],
  ])('rejects a facility with a bad %s and writes nothing', async (field, overrides, code) => {
    const before = await countRows(t, 'facilities');
    const res = await t
      .api()
      .post('/api/v1/facilities')
      .send(makeFacility(providerId, koeln, overrides));
    expectFieldError(res, field, code);
    expect(await countRows(t, 'facilities')).toBe(before);
  });

  it('answers unknown facilities and bad updates', async () => {
    await t.api().get(`/api/v1/facilities/${UNKNOWN}`).expect(404);
    await t.api().patch(`/api/v1/facilities/${UNKNOWN}`).send({ name: 'x' }).expect(404);
    const created = await t
      .api()
      .post('/api/v1/facilities')
      .send(makeFacility(providerId, koeln))
      .expect(201);
    expectFieldError(
      await t.api().patch(`/api/v1/facilities/${created.body.id}`).send({ providerId: UNKNOWN }),
      'providerId',
      'unknown_reference',
    );
    expectFieldError(await t.api().get('/api/v1/facilities?kind=school'), 'kind');
  });
});
