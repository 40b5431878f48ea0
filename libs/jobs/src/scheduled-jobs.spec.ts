import { JobName, type Schedule } from './job-names';
import { periodOf } from './scheduled-jobs';

const daily: Schedule = { item: { name: JobName.Retention, data: {} }, every: 'day' };
const hourly: Schedule = { item: { name: JobName.IdempotencyPurge, data: {} }, every: 'hour' };

/** Every full hour from `from` (UTC) on, `hours` of them. */
const hoursFrom = (from: string, hours: number) =>
  Array.from({ length: hours }, (_, i) => new Date(Date.parse(from) + i * 3_600_000));

describe('the period of a scheduled job', () => {
  it('is the day in Berlin, not in UTC', () => {
    // 23:30 UTC on New Year's Eve is already New Year's Day in Berlin (winter time, UTC+1).
    expect(periodOf(daily, new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
    expect(periodOf(daily, new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
    // In summer time (UTC+2) the day starts at 22:00 UTC.
    expect(periodOf(daily, new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
    expect(periodOf(daily, new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
  });

  it('is one day of 23 hours when the clocks go forward in March', () => {
    const days = hoursFrom('2026-03-28T20:00:00Z', 30).map((at) => periodOf(daily, at));
    expect(days.filter((day) => day === '2026-03-29')).toHaveLength(23);
    expect(periodOf(daily, new Date('2026-03-29T21:59:00Z'))).toBe('2026-03-29');
    expect(periodOf(daily, new Date('2026-03-29T22:00:00Z'))).toBe('2026-03-30');
  });

  it('is one day of 25 hours when the clocks go back in October', () => {
    const days = hoursFrom('2026-10-24T20:00:00Z', 30).map((at) => periodOf(daily, at));
    expect(days.filter((day) => day === '2026-10-25')).toHaveLength(25);
    expect(periodOf(daily, new Date('2026-10-25T22:59:00Z'))).toBe('2026-10-25');
    expect(periodOf(daily, new Date('2026-10-25T23:00:00Z'))).toBe('2026-10-26');
  });

  it('is the hour in Berlin, the same for every minute of it', () => {
    expect(periodOf(hourly, new Date('2030-06-01T10:00:00Z'))).toMatch(/^2030-06-01T12/);
    expect(periodOf(hourly, new Date('2030-06-01T10:59:59Z'))).toBe(
      periodOf(hourly, new Date('2030-06-01T10:00:00Z')),
    );
    expect(periodOf(hourly, new Date('2030-06-01T11:00:00Z'))).not.toBe(
      periodOf(hourly, new Date('2030-06-01T10:59:59Z')),
    );
  });

  it('skips the hour from 2 to 3 that March does not have', () => {
    const hours = hoursFrom('2026-03-28T23:00:00Z', 4).map((at) => periodOf(hourly, at));
    expect(hours).toEqual([
      '2026-03-29T00+01:00',
      '2026-03-29T01+01:00',
      '2026-03-29T03+02:00',
      '2026-03-29T04+02:00',
    ]);
  });

  it('tells apart the two hours from 2 to 3 of an October night, so that each has its run', () => {
    const hours = hoursFrom('2026-10-24T23:00:00Z', 4).map((at) => periodOf(hourly, at));
    expect(hours).toEqual([
      '2026-10-25T01+02:00',
      '2026-10-25T02+02:00',
      '2026-10-25T02+01:00',
      '2026-10-25T03+01:00',
    ]);
    // A whole week around the change: every real hour is a period of its own.
    const week = hoursFrom('2026-10-21T00:00:00Z', 24 * 7).map((at) => periodOf(hourly, at));
    expect(new Set(week).size).toBe(24 * 7);
  });
});
