import { createHash } from 'node:crypto';
import { type EntityManager } from 'typeorm';
import { DomainException, InvalidInputException } from '../errors';
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

export type IdempotencyClaim = { replayOf: null } | { replayOf: string };

/**
 * Claims a key inside the caller's transaction. A second request with the same key waits on
 * the first one's row until that transaction ends, then sees its result: either the id it
 * created (a replay) or, if it rolled back, a free key.
 */
export async function claimIdempotencyKey(
  manager: EntityManager,
  scope: string,
  key: string,
  hash: string,
): Promise<IdempotencyClaim> {
  const inserted = await manager
    .createQueryBuilder()
    .insert()
    .into(IdempotencyKey)
    .values({ scope, key, requestHash: hash })
    .orIgnore()
    .returning(['key'])
    .execute();
  if ((inserted.raw as unknown[]).length > 0) return { replayOf: null };
  const existing = await manager.findOneByOrFail(IdempotencyKey, { scope, key });
  if (existing.requestHash !== hash || existing.resourceId === null) {
    throw new DomainException(
      'unprocessable',
      'idempotency_key_reused',
      'Dieser Idempotency-Key wurde bereits für eine andere Anfrage verwendet.',
    );
  }
  return { replayOf: existing.resourceId };
}

export async function completeIdempotencyKey(
  manager: EntityManager,
  scope: string,
  key: string,
  resourceId: string,
): Promise<void> {
  await manager.update(IdempotencyKey, { scope, key }, { resourceId });
}
