import { createHash, randomBytes } from 'node:crypto';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

/**
 * A new answer-link token: 128 random bits in 26 characters of lower-case base32, short enough
 * to type from a printed letter, far too many to guess (and the public routes are rate-limited).
 */
export function newAnswerToken(): string {
  const bytes = randomBytes(17);
  let bits = 0;
  let value = 0;
  let token = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && token.length < TOKEN_LENGTH) {
      token += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return token;
}

export const TOKEN_LENGTH = 26;
const TOKEN = /^[a-z2-7]{26}$/;

export const isAnswerToken = (value: string) => TOKEN.test(value);

/** What is stored of a token: its SHA-256 (a 128-bit random token needs no slow hash). */
export function hashAnswerToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
