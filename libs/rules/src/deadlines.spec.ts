import { berlinMidnight, deadlineAfter, holidayName, isWorkingDay, parsePeriod } from './deadlines';

/** An instant of a Berlin day and time. */
const berlin = (day: string, time = '10:00') => {
  const midnight = berlinMidnight(day);
  const [h, m] = time.split(':').map(Number);
  return new Date(midnight.getTime() + (h * 60 + m) * 60_000);
};

describe('deadlines (§ 26 SGB X, NRW holidays)', () => {
  it('reads ISO 8601 durations and refuses what is none', () => {
    expect(parsePeriod('P14D')).toMatchObject({ days: 14 });
    expect(parsePeriod('P2W')).toMatchObject({ weeks: 2 });
    expect(parsePeriod('P1M')).toMatchObject({ months: 1 });
    expect(parsePeriod('PT5S')).toMatchObject({ seconds: 5 });
    expect(parsePeriod('P1DT12H')).toMatchObject({ days: 1, hours: 12 });
    for (const bad of ['', 'P', 'PT', '14D', 'P-1D', 'P1.5D', 'PT', 'P0D', 'p14d']) {
      expect({ bad, period: parsePeriod(bad) }).toEqual({ bad, period: null });
    }
  });

  it('ends fourteen days later at the end of the day, Berlin time', () => {
    // A letter on Tuesday 3 March 2026: the period ends on Tuesday 17 March, at 24:00.
    const d = deadlineAfter(berlin('2026-03-03'), 'P14D');
    expect(d).toEqual({ dueAt: berlinMidnight('2026-03-18'), endsOn: '2026-03-17', moved: false });
    expect(d.dueAt.toISOString()).toBe('2026-03-17T23:00:00.000Z');
  });

  it('counts the day of the event out, also late in the evening', () => {
    expect(deadlineAfter(berlin('2026-03-03', '23:30'), 'P1D').endsOn).toBe('2026-03-04');
    // 00:30 in Berlin is still the previous day in UTC: the Berlin day counts.
    expect(deadlineAfter(berlin('2026-03-04', '00:30'), 'P1D').endsOn).toBe('2026-03-05');
  });

  it('moves a last day on a weekend to Monday', () => {
    // Thursday 5 March + 9 days = Saturday 14 March → Monday 16 March.
    expect(deadlineAfter(berlin('2026-03-05'), 'P9D')).toMatchObject({
      endsOn: '2026-03-16',
      moved: true,
    });
  });

  it('moves a last day on Fronleichnam, Allerheiligen or Easter Monday to the next working day', () => {
    expect(holidayName('2026-06-04')).toMatch(/Fronleichnam/);
    // Thursday 4 June 2026 is Fronleichnam in NRW: Friday 5 June.
    expect(deadlineAfter(berlin('2026-05-21'), 'P14D')).toMatchObject({
      endsOn: '2026-06-05',
      moved: true,
    });
    // Monday 1 November 2027 is Allerheiligen: Tuesday 2 November.
    expect(deadlineAfter(berlin('2027-10-18'), 'P14D')).toMatchObject({
      endsOn: '2027-11-02',
      moved: true,
    });
    // Easter Monday 6 April 2026: Tuesday 7 April (Good Friday 3 April is one too).
    expect(deadlineAfter(berlin('2026-03-23'), 'P14D')).toMatchObject({
      endsOn: '2026-04-07',
      moved: true,
    });
    expect(deadlineAfter(berlin('2026-03-20'), 'P14D')).toMatchObject({
      endsOn: '2026-04-07',
      moved: true,
    });
  });

  it('leaves 24 and 31 December alone: they are no holidays', () => {
    expect(isWorkingDay('2026-12-24')).toBe(true);
    expect(isWorkingDay('2026-12-31')).toBe(true);
    expect(deadlineAfter(berlin('2026-12-10'), 'P14D')).toMatchObject({
      endsOn: '2026-12-24',
      moved: false,
    });
    expect(deadlineAfter(berlin('2026-12-17'), 'P14D')).toMatchObject({
      endsOn: '2026-12-31',
      moved: false,
    });
    // But 25 and 26 December are: Friday 25th → Monday 28th.
    expect(deadlineAfter(berlin('2026-12-11'), 'P14D')).toMatchObject({
      endsOn: '2026-12-28',
      moved: true,
    });
  });

  it('keeps a deadline on the Friday before Whit Monday on that Friday', () => {
    // Whit Monday is 25 May 2026; Friday 22 May is a working day.
    expect(holidayName('2026-05-25')).toMatch(/Pfingstmontag/);
    expect(deadlineAfter(berlin('2026-05-08'), 'P14D')).toEqual({
      dueAt: berlinMidnight('2026-05-23'),
      endsOn: '2026-05-22',
      moved: false,
    });
  });

  it('ends a month on the same day, or on the month’s last day (§ 188 BGB)', () => {
    expect(deadlineAfter(berlin('2026-03-13'), 'P1M').endsOn).toBe('2026-04-13');
    // 31 January + 1 month: 28 February 2026 (a Saturday) → Monday 2 March.
    expect(deadlineAfter(berlin('2026-01-31'), 'P1M')).toMatchObject({
      endsOn: '2026-03-02',
      moved: true,
    });
  });

  it('ends at the end of a Berlin day across the change to summer time', () => {
    // 29 March 2026 changes to CEST: midnight of 30 March is 22:00 UTC the day before.
    expect(berlinMidnight('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(berlinMidnight('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });

  it('adds a period under a day as it is, never moved', () => {
    const start = berlin('2026-12-25', '23:59');
    expect(deadlineAfter(start, 'PT5S')).toEqual({
      dueAt: new Date(start.getTime() + 5000),
      endsOn: null,
      moved: false,
    });
  });
});
