/** Where the end-to-end tests find PostgreSQL and Redis; the defaults match CI and the README. */
export const ADMIN_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Set by the global setup: the prefix of every database this test run creates. */
export function runId(): string {
  const id = process.env.TEILHABE_E2E_RUN;
  if (!id) throw new Error('TEILHABE_E2E_RUN is not set: run the end-to-end tests through jest');
  return id;
}

export const templateDatabase = () => `${runId()}_tpl`;

/** Fixed keys for personal data at rest in tests (never used anywhere else). */
export const TEST_CRYPTO_ENV = {
  ENCRYPTION_KEYS: 'test1:dGVpbGhhYmUtdGVzdC1rZXktMS0tLS0tLS0tLS0tLS0=',
  BLIND_INDEX_KEY: 'dGVpbGhhYmUtdGVzdC1ibGluZC1pbmRleC1rZXktLS0=',
};
