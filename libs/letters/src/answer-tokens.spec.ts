import { hashAnswerToken, isAnswerToken, newAnswerToken, TOKEN_LENGTH } from './answer-tokens';

describe('answer-link tokens', () => {
  it('are 26 characters of lower-case base32, never the same twice', () => {
    const tokens = new Set(Array.from({ length: 2000 }, () => newAnswerToken()));
    expect(tokens.size).toBe(2000);
    for (const token of tokens) {
      expect(token).toHaveLength(TOKEN_LENGTH);
      expect(isAnswerToken(token)).toBe(true);
    }
    // Every character of the alphabet turns up: the bits are spread, not stuck.
    expect(new Set([...tokens].join('')).size).toBe(32);
  });

  it('are stored as their SHA-256, which does not contain them', () => {
    const token = newAnswerToken();
    const hash = hashAnswerToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token);
    expect(hashAnswerToken(token)).toBe(hash);
  });

  it('refuses what is no token before any lookup', () => {
    for (const bad of [
      '',
      'a'.repeat(25),
      'a'.repeat(27),
      'A'.repeat(26),
      '0'.repeat(26),
      '../etc/passwd',
    ]) {
      expect(isAnswerToken(bad)).toBe(false);
    }
  });
});
