import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  createSecretKey,
  type KeyObject,
  randomBytes,
} from 'node:crypto';

/** A value encrypted at rest: `enc:v1:<key id>:<iv>:<ciphertext and tag>` (base64url). */
const PREFIX = 'enc:v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface FieldKeys {
  /** Every key that may have encrypted a stored value, by id. */
  keys: ReadonlyMap<string, Buffer>;
  /** The key new values are encrypted with. */
  currentKeyId: string;
  /** Key of the keyed hash for searchable fields. */
  blindIndexKey: Buffer;
}

export class FieldCipherError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FieldCipherError';
  }
}

/**
 * AES-256-GCM for single fields. Each value carries the id of its key, so keys can rotate:
 * old values stay readable while any key that wrote them is configured. The context (table and
 * column) is authenticated with the value, so a ciphertext moved to another column fails.
 */
export class FieldCipher {
  /*
   * Imported once: handing OpenSSL a raw key costs more than the AES of a short value, and a
   * search decrypts every description of a district.
   */
  private readonly keys = new Map<string, KeyObject>();

  constructor(private readonly config: FieldKeys) {
    for (const [id, key] of config.keys) {
      if (key.length !== 32) throw new FieldCipherError(`key ${id} is not 32 bytes long`);
      this.keys.set(id, createSecretKey(key));
    }
    if (!config.keys.has(config.currentKeyId)) {
      throw new FieldCipherError(`the current key ${config.currentKeyId} is not among the keys`);
    }
  }

  get currentKeyId(): string {
    return this.config.currentKeyId;
  }

  encrypt(plaintext: string, context: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.currentKeyId)!, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([
      cipher.update(plaintext, 'utf8'),
      cipher.final(),
      cipher.getAuthTag(),
    ]);
    return `${PREFIX}${this.currentKeyId}:${iv.toString('base64url')}:${body.toString('base64url')}`;
  }

  decrypt(stored: string, context: string): string {
    const parts = stored.slice(PREFIX.length).split(':');
    if (!isEncrypted(stored) || parts.length !== 3) {
      throw new FieldCipherError(`a value of ${context} is not in the encrypted format`);
    }
    const [keyId, iv, body] = parts;
    const key = this.keys.get(keyId);
    if (!key)
      throw new FieldCipherError(`a value of ${context} was encrypted with unknown key ${keyId}`);
    const data = Buffer.from(body, 'base64url');
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
      return Buffer.concat([
        decipher.update(data.subarray(0, data.length - TAG_BYTES)),
        decipher.final(),
      ]).toString('utf8');
    } catch {
      throw new FieldCipherError(`a value of ${context} failed authentication (damaged or moved)`);
    }
  }

  /** The id of the key that encrypted a stored value, or null for a value stored in clear. */
  keyIdOf(stored: string): string | null {
    return isEncrypted(stored) ? stored.slice(PREFIX.length).split(':')[0] : null;
  }

  /** A keyed hash for equality search on an encrypted field; the same input gives the same hash. */
  blindIndex(value: string, context: string): string {
    return createHmac('sha256', this.config.blindIndexKey)
      .update(`${context}\u0000${value}`)
      .digest('hex');
  }
}

export function isEncrypted(stored: string): boolean {
  return stored.startsWith(PREFIX);
}
