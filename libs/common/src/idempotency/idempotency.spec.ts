import { InvalidInputException } from '../errors';
import { parseIdempotencyKey, requestHash } from './idempotency';

describe('idempotency keys', () => {
  it('accepts a UUID or any short visible ASCII token', () => {
    expect(parseIdempotencyKey('0f8fad5b-d9cb-469f-a165-70867728950e')).toBe(
      '0f8fad5b-d9cb-469f-a165-70867728950e',
    );
    expect(parseIdempotencyKey(undefined)).toBeUndefined();
  });

  it.each([[''], ['with space'], ['x'.repeat(256)], ['ümlaut']])('rejects %j', (value) => {
    expect(() => parseIdempotencyKey(value)).toThrow(InvalidInputException);
  });

  it('hashes requests independent of key order but not of values', () => {
    expect(requestHash({ a: 1, b: { c: [1, 2] } })).toBe(requestHash({ b: { c: [1, 2] }, a: 1 }));
    expect(requestHash({ a: 1 })).not.toBe(requestHash({ a: 2 }));
    expect(requestHash({ a: [1, 2] })).not.toBe(requestHash({ a: [2, 1] }));
  });
});
