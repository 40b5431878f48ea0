import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectFieldError } from './support/expectations';
import { startTestApp, type TestApp } from './support/test-app';

describe('districts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lists every district of the reference file, sorted by German name', async () => {
    const reference = JSON.parse(
      readFileSync(join(__dirname, '../libs/districts/src/data/districts.json'), 'utf8'),
    ) as { name: string }[];
    const res = await t.api().get('/api/v1/districts').expect(200);
    const names = res.body.map((d: { name: string }) => d.name);
    expect(names).toHaveLength(reference.length);
    expect([...names].sort()).toEqual(reference.map((d) => d.name).sort());
    expect(names.indexOf('Düsseldorf')).toBeLessThan(names.indexOf('Essen'));
    expect(res.body.find((d: { name: string }) => d.name === 'StädteRegion Aachen')).toMatchObject({
      code: 'staedteregion-aachen',
      kind: 'staedteregion',
      landesjugendamt: 'LVR',
    });
    expect(res.body.find((d: { name: string }) => d.name === 'Dortmund').landesjugendamt).toBe(
      'LWL',
    );
  });

  it('reads one district and answers bad or unknown ids', async () => {
    const all = await t.api().get('/api/v1/districts').expect(200);
    const one = await t.api().get(`/api/v1/districts/${all.body[0].id}`).expect(200);
    expect(one.body).toEqual(all.body[0]);
    expectFieldError(await t.api().get('/api/v1/districts/koeln'), 'id', 'isUuid');
    const res = await t
      .api()
      .get('/api/v1/districts/00000000-0000-4000-8000-000000000000')
      .expect(404);
    expect(res.body.message).toBe('Diesen Bezirk gibt es nicht.');
  });
});
