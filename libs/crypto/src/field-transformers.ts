import { type ValueTransformer } from 'typeorm';
import { FieldCipher, isEncrypted } from './field-cipher';

let installed: FieldCipher | null = null;

/**
 * Entity transformers are static, so the cipher they use is installed once per process, before
 * the database is opened (DatabaseModule does it).
 */
export function installFieldCipher(cipher: FieldCipher): void {
  installed = cipher;
}

export function fieldCipher(): FieldCipher {
  if (!installed) throw new Error('field encryption is not set up: import DatabaseModule first');
  return installed;
}

/*
 * A value stored before encryption was introduced is read as it is, until
 * `npm run crypto:rotate` has encrypted it; every write encrypts.
 */

const ENCRYPTING = Symbol('encrypting transformer');

const marked = (transformer: ValueTransformer): ValueTransformer =>
  Object.assign(transformer, { [ENCRYPTING]: true });

/** Whether a column's transformer encrypts (so that key rotation finds it in the metadata). */
export function isEncryptingTransformer(transformer: unknown): boolean {
  return typeof transformer === 'object' && transformer !== null && ENCRYPTING in transformer;
}

/** A text column whose values are encrypted at rest; `context` is `table.column`. */
export function encrypted(context: string): ValueTransformer {
  return marked({
    to: (value: string | null | undefined) =>
      value === null || value === undefined ? value : fieldCipher().encrypt(value, context),
    from: (stored: string | null) =>
      stored === null || !isEncrypted(stored) ? stored : fieldCipher().decrypt(stored, context),
  });
}

/** Like `encrypted`, for a value kept as JSON. */
export function encryptedJson(context: string): ValueTransformer {
  return marked({
    to: (value: unknown) =>
      value === null || value === undefined
        ? value
        : fieldCipher().encrypt(JSON.stringify(value), context),
    from: (stored: string | null): unknown =>
      stored === null
        ? null
        : (JSON.parse(
            isEncrypted(stored) ? fieldCipher().decrypt(stored, context) : stored,
          ) as unknown),
  });
}
