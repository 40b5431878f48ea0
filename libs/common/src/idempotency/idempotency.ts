import { createHash } from 'node:crypto';
import { type EntityManager } from 'typeorm';
import { CommonErrorCode, DomainException, InvalidInputException } from '../errors';
import { IdempotencyKey } from './idempotency-key.entity';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
const KEY = /^[\x21-\x7e]{1,255}$/;

/** Checks the header's form; undefined when the client sent none. */
export function parseIdempotencyKey(value: string | string[] | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !KEY.test(value)) {
    throw new InvalidInputException([
      {
        field: IDEMPOTENCY_HEADER,
        code: 'invalid_idempotency_key',
        message: 'muss aus 1 bis 255 sichtbaren ASCII-Zeichen ohne Leerzeichen bestehen.',
      },
    ]);
  }
  return value;
}

/** A stable hash of a request: key order does not matter. */
export function requestHash(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

/** Recursive, which is safe: bodies reach it only after the parser bounded their depth. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** How long a key is remembered: a retry after that counts as a new request. */
export const IDEMPOTENCY_WINDOW_HOURS = 24;

export type IdempotencyClaim<T> = { replay: false } | { replay: true; response: T };

/**
 * Claims a key inside the caller's transaction. A second request with the same key waits on
 * the first one's row until that transaction ends, then sees its result: either the id it
 * created (a replay) or, if it rolled back, a free key.
 */
export async function claimIdempotencyKey<T>(
  manager: EntityManager,
  scope: string,
  key: string,
  hash: string,
): Promise<IdempotencyClaim<T>> {
  // This key, once its window is over, may be used again; the hourly purge job forgets the rest.
  await manager.query(
    `DELETE FROM idempotency_keys
      WHERE scope = $1 AND key = $2 AND created_at < now() - make_interval(hours => $3)`,
    [scope, key, IDEMPOTENCY_WINDOW_HOURS],
  );
  const inserted = await manager
    .createQueryBuilder()
    .insert()
    .into(IdempotencyKey)
    .values({ scope, key, requestHash: hash })
    .orIgnore()
    .returning(['key'])
    .execute();
  if ((inserted.raw as unknown[]).length > 0) return { replay: false };
  const existing = await manager.findOneByOrFail(IdempotencyKey, { scope, key });
  if (existing.requestHash !== hash || existing.response === null) {
    throw new DomainException(
      'unprocessable',
      CommonErrorCode.IdempotencyKeyReused,
      'Dieser Idempotency-Key wurde bereits für eine andere Anfrage verwendet.',
    );
  }
  return { replay: true, response: existing.response as T };
}

export async function completeIdempotencyKey(
  manager: EntityManager,
  scope: string,
  key: string,
  resourceId: string,
  response: unknown,
): Promise<void> {
  await manager.update(
    IdempotencyKey,
    { scope, key },
    { resourceId, response: response as object },
  );
}
