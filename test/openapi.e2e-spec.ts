import { Validator } from '@seriousme/openapi-schema-validator';
import { startTestApp, type TestApp } from './support/test-app';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every `$ref` in the document with where it sits, found without recursion. */
function references(doc: Json): { at: string; ref: unknown }[] {
  const found: { at: string; ref: unknown }[] = [];
  const stack: { value: Json; at: string }[] = [{ value: doc, at: '#' }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value, at } = next;
    if (value === null || typeof value !== 'object') continue;
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref') found.push({ at, ref: child });
      else stack.push({ value: child, at: `${at}/${key}` });
    }
  }
  return found;
}

describe('the OpenAPI document', () => {
  let t: TestApp;
  let doc: Record<string, Json>;
  beforeAll(async () => {
    t = await startTestApp();
    doc = (await t.anonymous().get('/api/docs-json').expect(200)).body;
  });
  afterAll(() => t.close());

  it('is a valid OpenAPI document', async () => {
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('has no empty reference and none that points nowhere', () => {
    const schemas = (doc.components as { schemas: Record<string, Json> }).schemas;
    const refs = references(doc);
    expect(refs.length).toBeGreaterThan(5);
    const broken = refs.filter(
      ({ ref }) =>
        typeof ref !== 'string' ||
        !ref.startsWith('#/components/schemas/') ||
        !(ref.slice('#/components/schemas/'.length) in schemas),
    );
    expect(broken).toEqual([]);
  });

  it('shows how to create a case: guardian and child with their fields', () => {
    const schemas = (doc.components as { schemas: Record<string, Record<string, Json>> }).schemas;
    const create = schemas.CreateCaseDto.properties as Record<string, { $ref?: string }>;
    const guardian = schemas[create.guardian.$ref!.split('/').pop()!];
    const child = schemas[create.child.$ref!.split('/').pop()!];
    expect(Object.keys(guardian.properties as object)).toEqual(
      expect.arrayContaining(['name', 'email']),
    );
    expect(Object.keys(child.properties as object)).toEqual(
      expect.arrayContaining(['initials', 'birthYear']),
    );
  });

  it('describes the bearer token as opaque, not as a JWT', () => {
    const schemes = (doc.components as { securitySchemes: Record<string, Record<string, Json>> })
      .securitySchemes;
    expect(schemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(schemes.bearer.bearerFormat).toBeUndefined();
    expect(schemes.bearer.description).toMatch(/^Opaque access token/);
  });
});
