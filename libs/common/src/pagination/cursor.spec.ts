import { InvalidInputException } from '../errors';
import { decodeCursor, encodeCursor } from './cursor';

describe('cursors', () => {
  const id = '6f1c9a52-2f5e-4d0e-9f8e-1c2b3a4d5e6f';

  it('round-trips the sort key of the last item', () => {
    expect(decodeCursor(encodeCursor(['2026-03-02', id]), ['date', 'uuid'])).toEqual([
      '2026-03-02',
      id,
    ]);
    expect(decodeCursor(encodeCursor(['Kita Ä', id]), ['text', 'uuid'])).toEqual(['Kita Ä', id]);
  });

  const dateAndId = ['date', 'uuid'] as const;
  const textAndId = ['text', 'uuid'] as const;

  it.each([
    ['not base64 JSON', 'not-a-cursor', dateAndId],
    ['the wrong length', encodeCursor(['2026-03-02']), dateAndId],
    ['a date that is none', encodeCursor(['abc', id]), dateAndId],
    ['an id that is no UUID', encodeCursor(['2026-03-02', 'def']), dateAndId],
    ['a NUL character', encodeCursor(['\u0000', id]), textAndId],
  ])('refuses a cursor with %s, naming the field', (_what, cursor, shape) => {
    expect(() => decodeCursor(cursor, shape)).toThrow(InvalidInputException);
    try {
      decodeCursor(cursor, shape);
    } catch (error) {
      expect((error as InvalidInputException).errors?.[0].field).toBe('cursor');
    }
  });
});
