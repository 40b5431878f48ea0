import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, CryptoConfig } from '@teilhabe/config';
import { generateKey, resolveFieldKeys } from './field-keys';

const config = (values: Partial<CryptoConfig>) => Object.assign(new CryptoConfig(), values);
const blind = Buffer.alloc(32, 7).toString('base64');

describe('resolveFieldKeys', () => {
  it('reads the keys from the environment, the first one being current', () => {
    const keys = `${generateKey('new')},${generateKey('old')}`;
    const { keys: resolved, devKeysFile } = resolveFieldKeys(
      config({ ENCRYPTION_KEYS: keys, BLIND_INDEX_KEY: blind }),
      true,
    );
    expect(resolved.currentKeyId).toBe('new');
    expect([...resolved.keys.keys()]).toEqual(['new', 'old']);
    expect(devKeysFile).toBeUndefined();
  });

  it('lets ENCRYPTION_KEY_ID choose the current key and names it when it is unknown', () => {
    const keys = `${generateKey('a')},${generateKey('b')}`;
    expect(
      resolveFieldKeys(
        config({ ENCRYPTION_KEYS: keys, BLIND_INDEX_KEY: blind, ENCRYPTION_KEY_ID: 'b' }),
        true,
      ).keys.currentKeyId,
    ).toBe('b');
    expect(() =>
      resolveFieldKeys(
        config({ ENCRYPTION_KEYS: keys, BLIND_INDEX_KEY: blind, ENCRYPTION_KEY_ID: 'c' }),
        true,
      ),
    ).toThrow(
      new ConfigError(
        'Invalid configuration: ENCRYPTION_KEY_ID must be the id of one of ENCRYPTION_KEYS (got "c")',
      ),
    );
  });

  it('refuses to run in production without keys, and one key without the other', () => {
    expect(() => resolveFieldKeys(config({}), true)).toThrow(/must be set in production/);
    expect(() => resolveFieldKeys(config({ ENCRYPTION_KEYS: generateKey('a') }), false)).toThrow(
      /must be set together/,
    );
  });

  it('creates development keys once, readable by the owner only, and reuses them', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'teilhabe-keys-')), 'sub', 'dev-keys.json');
    const first = resolveFieldKeys(config({ DEV_KEYS_FILE: file }), false);
    expect(first.devKeysFile).toBe(file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const again = resolveFieldKeys(config({ DEV_KEYS_FILE: file }), false);
    expect(again.keys.keys.get('dev1')).toEqual(first.keys.keys.get('dev1'));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toHaveProperty('blindIndexKey');
  });
});
