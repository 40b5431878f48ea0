import { tokenize } from './tokens';

describe('tokenize', () => {
  it('keeps inner hyphens and drops those at the edge of a word', () => {
    expect(tokenize('kita- und schul-begleitung, i-kraft!').map((t) => t.word)).toEqual([
      'kita',
      'und',
      'schul-begleitung',
      'i-kraft',
    ]);
  });

  it('records where each word stands', () => {
    const [first, second] = tokenize('die ia');
    expect([first.start, first.end, second.start, second.end]).toEqual([0, 3, 4, 6]);
  });
});
