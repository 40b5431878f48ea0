import { inWords, rateLimited } from './rate-limit';

describe('how long a client must wait, in words', () => {
  it.each([
    [1, 'in einer Minute'],
    [60, 'in einer Minute'],
    [61, 'in 2 Minuten'],
    [599, 'in 10 Minuten'],
    [3540, 'in 59 Minuten'],
    [3541, 'in einer Stunde'],
    [3600, 'in einer Stunde'],
    [3601, 'in 2 Stunden'],
    [86_400, 'in 24 Stunden'],
  ])('%i seconds: %s (rounded up, never too early)', (seconds, words) => {
    expect(inWords(seconds)).toBe(words);
  });

  it('is a 429 that carries the seconds for Retry-After', () => {
    const error = rateLimited(
      { bucket: 'b', max: 1, windowSeconds: 60, message: (inTime) => `Später, ${inTime}.` },
      42,
    );
    expect(error).toMatchObject({
      kind: 'too_many_requests',
      code: 'rate_limited',
      message: 'Später, in einer Minute.',
      details: { retryAfterSeconds: 42 },
    });
  });
});
