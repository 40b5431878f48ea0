import { IsOptional, IsString, Matches, MinLength } from 'class-validator';
import { Secret } from './secret.decorator';

const KEY = '[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/]{43}='; // id:base64 of 32 bytes

/**
 * Keys for personal data at rest. Unset outside production: development keys are created
 * once in DEV_KEYS_FILE, so the embedded default runs with no environment.
 */
export class CryptoConfig {
  /** Comma-separated `id:base64key` pairs (AES-256: 32 random bytes each). */
  @Secret()
  @IsOptional()
  @Matches(new RegExp(`^${KEY}(,${KEY})*$`), {
    message: 'must be comma-separated id:key pairs, each key 32 random bytes in base64',
  })
  ENCRYPTION_KEYS?: string;

  /** The id of the key new values are encrypted with; default: the first of ENCRYPTION_KEYS. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,32}$/, { message: 'must be the id of one of ENCRYPTION_KEYS' })
  ENCRYPTION_KEY_ID?: string;

  /** Key of the keyed hash (blind index) that makes e-mail addresses searchable. */
  @Secret()
  @IsOptional()
  @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'must be 32 random bytes in base64' })
  BLIND_INDEX_KEY?: string;

  @IsString()
  @MinLength(1, { message: 'must be a file path' })
  DEV_KEYS_FILE = './data/dev-keys.json';
}
