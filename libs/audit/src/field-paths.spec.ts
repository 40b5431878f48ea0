import { fieldPaths } from './field-paths';

describe('fieldPaths', () => {
  it('lists the set fields of nested input by path, without values', () => {
    expect(
      fieldPaths({ a: 1, b: { c: 'x', d: undefined, e: null }, f: ['y'], g: undefined }),
    ).toEqual(['a', 'b.c', 'b.e', 'f']);
  });
});
