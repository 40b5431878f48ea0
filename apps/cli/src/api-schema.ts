import { type INestApplication } from '@nestjs/common';
import { type OpenAPIObject } from '@nestjs/swagger';
import { loadConfig } from '@teilhabe/config';
import { generateKey } from '@teilhabe/crypto';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
// The API app is not a library: the command builds it to read its document.
// eslint-disable-next-line no-restricted-imports
import { createApp } from '../../api/src/create-app';
// eslint-disable-next-line no-restricted-imports
import { openApiDocument } from '../../api/src/openapi';

/** The repository's root, from the sources (tests) and from dist/ (the command) alike. */
function repositoryRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
}

/** The web app's API types, generated from the OpenAPI document and committed. */
export const CLIENT_TYPES_FILE = join(repositoryRoot(), 'apps', 'web', 'src', 'api-schema.ts');

const HEADER =
  '// Generated from the API’s OpenAPI document by `npm run api:client`: do not edit.\n' +
  '// The tests fail when it no longer matches the API (test/openapi.e2e-spec.ts).\n\n';

/** The TypeScript types of every route, answer and schema of the document. */
export async function renderClientTypes(doc: OpenAPIObject): Promise<string> {
  const ast = await openapiTS(JSON.parse(JSON.stringify(doc)) as never, {
    alphabetize: true,
    exportType: true,
  });
  return HEADER + astToString(ast);
}

/**
 * The document of the API as it would run, taken from an app on a throw-away embedded
 * database, so that generating the types needs no server.
 */
export async function currentDocument(): Promise<OpenAPIObject> {
  const app: INestApplication = await createApp(
    loadConfig({
      NODE_ENV: 'development',
      LOG_LEVEL: 'silent',
      PGLITE_DATA_DIR: 'memory://',
      ENCRYPTION_KEYS: generateKey('api'),
      BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
    }),
  );
  try {
    await app.init();
    return openApiDocument(app);
  } finally {
    await app.close();
  }
}
