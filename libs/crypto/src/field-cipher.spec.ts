import { randomBytes } from 'node:crypto';
import { FieldCipher, FieldCipherError } from './field-cipher';

const k1 = randomBytes(32);
const k2 = randomBytes(32);
const cipher = (
  current: string,
  keys: [string, Buffer][] = [
    ['k1', k1],
    ['k2', k2],
  ],
) =>
  new FieldCipher({ keys: new Map(keys), currentKeyId: current, blindIndexKey: randomBytes(32) });

describe('FieldCipher', () => {
  it('encrypts so that the clear text does not appear and decrypts it back', () => {
    const c = cipher('k1');
    const stored = c.encrypt('Sabine Keller', 'cases.guardian_name');
    expect(stored).not.toContain('Sabine');
    expect(stored).toMatch(/^enc:v1:k1:/);
    expect(c.decrypt(stored, 'cases.guardian_name')).toBe('Sabine Keller');
  });

  it('gives the same text a different ciphertext each time', () => {
    const c = cipher('k1');
    expect(c.encrypt('x', 'a')).not.toBe(c.encrypt('x', 'a'));
  });

  it('keeps values of an older key readable after rotation', () => {
    const old = cipher('k1').encrypt('M. K.', 'cases.child_initials');
    const rotated = cipher('k2');
    expect(rotated.keyIdOf(old)).toBe('k1');
    expect(rotated.decrypt(old, 'cases.child_initials')).toBe('M. K.');
    expect(rotated.keyIdOf(rotated.encrypt('M. K.', 'cases.child_initials'))).toBe('k2');
  });

  it('refuses a value whose key is no longer configured', () => {
    const old = cipher('k1').encrypt('x', 'a');
    expect(() => cipher('k2', [['k2', k2]]).decrypt(old, 'a')).toThrow(/unknown key k1/);
  });

  it('refuses a tampered value and a value moved to another column', () => {
    const c = cipher('k1');
    const stored = c.encrypt('Sabine Keller', 'cases.guardian_name');
    const tampered = stored.slice(0, -4) + (stored.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect(() => c.decrypt(tampered, 'cases.guardian_name')).toThrow(FieldCipherError);
    expect(() => c.decrypt(stored, 'cases.guardian_email')).toThrow(/failed authentication/);
  });

  it('hashes for search: equal input, equal hash; another key, another hash', () => {
    const c = cipher('k1');
    expect(c.blindIndex('a@example.org', 'email')).toBe(c.blindIndex('a@example.org', 'email'));
    expect(c.blindIndex('a@example.org', 'email')).not.toBe(c.blindIndex('b@example.org', 'email'));
    expect(cipher('k1').blindIndex('a@example.org', 'email')).not.toBe(
      c.blindIndex('a@example.org', 'email'),
    );
  });

  it('refuses keys of the wrong length and an unknown current key', () => {
    expect(() => cipher('k1', [['k1', randomBytes(16)]])).toThrow(/not 32 bytes/);
    expect(() => cipher('k3')).toThrow(/current key k3/);
  });
});
