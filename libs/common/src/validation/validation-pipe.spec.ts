import { type ValidationError } from '@nestjs/common';
import { assertNestingDepth } from '../http/body-parser';
import { forbiddenKeys, toFieldErrors } from './validation-pipe';

const DEEP = 100_000;

describe('walks over input', () => {
  it('finds a forbidden key 100,000 levels down without overflowing the stack', () => {
    let value: Record<string, unknown> = JSON.parse('{"__proto__": 1}');
    for (let i = 0; i < DEEP; i++) value = { a: value };
    const [path] = forbiddenKeys({ list: [value] });
    expect(path.startsWith('list[0].a.a.')).toBe(true);
    expect(path.endsWith('.a.__proto__')).toBe(true);
  });

  it('names every forbidden key, in arrays and objects', () => {
    const value = JSON.parse('{"a":[{"constructor":1},{"b":{"prototype":2}}],"__proto__":3}');
    expect(forbiddenKeys(value).sort()).toEqual([
      '__proto__',
      'a[0].constructor',
      'a[1].b.prototype',
    ]);
  });

  it('flattens a 100,000 deep error tree into dotted paths, in order', () => {
    let error: ValidationError = { property: 'leaf', constraints: { isString: 'kein Text' } };
    for (let i = 0; i < DEEP; i++) error = { property: 'a', children: [error] };
    const errors = toFieldErrors([
      error,
      { property: 'name', constraints: { isDefined: 'fehlt' } },
    ]);
    expect(errors).toHaveLength(2);
    expect(errors[0].field.endsWith('.a.leaf')).toBe(true);
    expect(errors[1]).toEqual({ field: 'name', code: 'required', message: 'fehlt' });
  });
});

describe('nesting depth of a JSON body', () => {
  const bytes = (text: string) => Buffer.from(text);

  it('takes 32 levels and refuses 33', () => {
    expect(() => assertNestingDepth(bytes('['.repeat(32) + ']'.repeat(32)), 32)).not.toThrow();
    expect(() => assertNestingDepth(bytes('['.repeat(33) + ']'.repeat(33)), 32)).toThrow(/32/);
  });

  it('does not count brackets inside strings, also after an escaped quote', () => {
    const text = JSON.stringify({ text: `"${'{['.repeat(100)}\\"` });
    expect(() => assertNestingDepth(bytes(text), 2)).not.toThrow();
  });
});
