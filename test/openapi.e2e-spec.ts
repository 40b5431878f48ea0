import { Validator } from '@seriousme/openapi-schema-validator';
import { readFile } from 'node:fs/promises';
import { CLIENT_TYPES_FILE, renderClientTypes } from '../apps/cli/src/api-schema';
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

  it('describes the success answer of every route: a schema for JSON, or what else it sends', () => {
    type Operation = { responses: Record<string, { content?: Record<string, { schema?: Json }> }> };
    const undescribed: string[] = [];
    let operations = 0;
    for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, Json>>)) {
      for (const [method, value] of Object.entries(item)) {
        const operation = value as unknown as Operation;
        operations++;
        const success = Object.entries(operation.responses).filter(([status]) =>
          /^[23]\d\d$/.test(status),
        );
        const described = success.some(
          ([status, r]) =>
            status === '204' ||
            status.startsWith('3') ||
            Object.values(r.content ?? {}).some((c) => c.schema !== undefined),
        );
        if (!described) undescribed.push(`${method.toUpperCase()} ${path}`);
        if (!operation.responses.default)
          undescribed.push(`${method.toUpperCase()} ${path}: errors`);
      }
    }
    expect(operations).toBeGreaterThan(35);
    expect(undescribed).toEqual([]);
  });

  it('matches the web app’s committed API types (npm run api:client writes them)', async () => {
    const committed = await readFile(CLIENT_TYPES_FILE, 'utf8');
    const current = await renderClientTypes(doc as never);
    // Not toEqual on 2,500 lines: say what to do.
    if (committed !== current) {
      throw new Error(
        'apps/web/src/api-schema.ts is out of date: run `npm run api:client` and commit it.',
      );
    }
  });

  it('describes the bearer token as opaque, not as a JWT', () => {
    const schemes = (doc.components as { securitySchemes: Record<string, Record<string, Json>> })
      .securitySchemes;
    expect(schemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(schemes.bearer.bearerFormat).toBeUndefined();
    expect(schemes.bearer.description).toMatch(/^Opaque access token/);
  });
});
