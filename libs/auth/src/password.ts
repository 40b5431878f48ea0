import { argon2, randomBytes, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const argon2Async = promisify(argon2);

/* argon2id as OWASP recommends at least: 19 MiB, 2 passes, 1 lane (Node's built-in). */
const PARAMS = { memory: 19_456, passes: 2, parallelism: 1, tagLength: 32 };

/** A PHC string: `$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>` (base64 without padding). */
export async function hashPassword(password: string): Promise<string> {
  const nonce = randomBytes(16);
  const hash = await argon2Async('argon2id', { message: password, nonce, ...PARAMS });
  return `$argon2id$v=19$m=${PARAMS.memory},t=${PARAMS.passes},p=${PARAMS.parallelism}$${b64(nonce)}$${b64(hash)}`;
}

export async function verifyPassword(password: string, phc: string): Promise<boolean> {
  const match =
    /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/.exec(phc);
  if (!match) return false;
  const expected = Buffer.from(match[5], 'base64');
  const actual = await argon2Async('argon2id', {
    message: password,
    nonce: Buffer.from(match[4], 'base64'),
    memory: Number(match[1]),
    passes: Number(match[2]),
    parallelism: Number(match[3]),
    tagLength: expected.length,
  });
  return timingSafeEqual(actual, expected);
}

/** A hash to verify against when the account does not exist, so both take equally long. */
export const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$1X4/0y8y1B1Yq8hC2bKjv0k0ZVx3Hh8f8o9J6m6y3Wk';

const b64 = (buffer: Buffer) => buffer.toString('base64').replace(/=+$/, '');

export const PASSWORD_MIN_LENGTH = 12;

/** German reasons why a password is not acceptable; empty when it is. */
export function passwordProblems(password: string, email: string): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) {
    problems.push(`muss mindestens ${PASSWORD_MIN_LENGTH} Zeichen lang sein.`);
  }
  if (password.length > 256) problems.push('darf höchstens 256 Zeichen lang sein.');
  const local = email.split('@')[0].toLowerCase();
  if (
    password.toLowerCase().includes(email.toLowerCase()) ||
    (local.length >= 3 && password.toLowerCase().includes(local))
  ) {
    problems.push('darf die E-Mail-Adresse nicht enthalten.');
  }
  if (new Set(password).size < 5)
    problems.push('muss mindestens fünf verschiedene Zeichen enthalten.');
  return problems;
}
