import { DUMMY_HASH, hashPassword, passwordProblems, verifyPassword } from './password';

describe('passwords', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const hash = await hashPassword('korrekt Pferd Batterie');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(hash).not.toContain('Pferd');
    expect(await verifyPassword('korrekt Pferd Batterie', hash)).toBe(true);
    expect(await verifyPassword('korrekt Pferd Batteri', hash)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same password 1')).not.toBe(await hashPassword('same password 1'));
  });

  it('accepts the dummy hash as a well-formed hash that matches nothing useful', async () => {
    expect(await verifyPassword('anything', DUMMY_HASH)).toBe(false);
    expect(await verifyPassword('anything', 'not a hash')).toBe(false);
  });

  it.each([
    ['kurz', 'muss mindestens 12 Zeichen lang sein.'],
    ['anna.berg@lvr.example-12', 'darf die E-Mail-Adresse nicht enthalten.'],
    ['anna.bergXYZ123', 'darf die E-Mail-Adresse nicht enthalten.'],
    ['aaaaaaaaaaaaaaaa', 'muss mindestens fünf verschiedene Zeichen enthalten.'],
  ])('refuses %j', (password, problem) => {
    expect(passwordProblems(password, 'anna.berg@lvr.example')).toContain(problem);
  });

  it('accepts a long passphrase', () => {
    expect(passwordProblems('Sommer im Rheinland 2026!', 'anna.berg@lvr.example')).toEqual([]);
  });
});
