import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname } from 'node:path';
import { ConfigError, type CryptoConfig } from '@teilhabe/config';
import { type FieldKeys } from './field-cipher';

interface DevKeysFile {
  encryptionKeys: string;
  blindIndexKey: string;
}

export interface ResolvedKeys {
  keys: FieldKeys;
  /** Set when development keys from a file are in use. */
  devKeysFile?: string;
}

/**
 * The keys for personal data at rest. In production they must come from the environment; in
 * development and tests, when none are set, keys are created once in DEV_KEYS_FILE.
 */
export function resolveFieldKeys(config: CryptoConfig, production: boolean): ResolvedKeys {
  const { ENCRYPTION_KEYS: keys, BLIND_INDEX_KEY: blind } = config;
  if ((keys === undefined) !== (blind === undefined)) {
    throw new ConfigError(
      'Invalid configuration: ENCRYPTION_KEYS and BLIND_INDEX_KEY must be set together',
    );
  }
  if (keys !== undefined && blind !== undefined) {
    return { keys: parse(keys, blind, config.ENCRYPTION_KEY_ID) };
  }
  if (production) {
    throw new ConfigError(
      'Invalid configuration: ENCRYPTION_KEYS and BLIND_INDEX_KEY must be set in production',
    );
  }
  const file = loadOrCreateDevKeys(config.DEV_KEYS_FILE);
  return {
    keys: parse(file.encryptionKeys, file.blindIndexKey, config.ENCRYPTION_KEY_ID),
    devKeysFile: config.DEV_KEYS_FILE,
  };
}

function parse(keys: string, blind: string, currentKeyId: string | undefined): FieldKeys {
  const map = new Map(
    keys.split(',').map((pair) => {
      const [id, key] = pair.split(':');
      return [id, Buffer.from(key, 'base64')] as const;
    }),
  );
  const current = currentKeyId ?? [...map.keys()][0];
  if (!map.has(current)) {
    throw new ConfigError(
      `Invalid configuration: ENCRYPTION_KEY_ID must be the id of one of ENCRYPTION_KEYS (got "${current}")`,
    );
  }
  return { keys: map, currentKeyId: current, blindIndexKey: Buffer.from(blind, 'base64') };
}

function loadOrCreateDevKeys(path: string): DevKeysFile {
  if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as DevKeysFile;
  const created: DevKeysFile = {
    encryptionKeys: `dev1:${randomBytes(32).toString('base64')}`,
    blindIndexKey: randomBytes(32).toString('base64'),
  };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(created, null, 2), { mode: 0o600, flag: 'wx' });
  chmodSync(path, 0o600);
  return created;
}

/** A fresh `id:key` pair for ENCRYPTION_KEYS, and a key for BLIND_INDEX_KEY. */
export function generateKey(id: string): string {
  return `${id}:${randomBytes(32).toString('base64')}`;
}
