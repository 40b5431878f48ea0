import { getHolidays } from 'feiertagejs';
import { legalDay } from './rule-set';

/*
 * Deadlines (Fristen) as § 26 SGB X counts them with §§ 187 ff BGB: a period counted in days,
 * weeks, months or years begins the day after the event and ends at the end of its last day;
 * a last day that is a Saturday, Sunday or public holiday in North Rhine-Westphalia moves to
 * the next working day (§ 26 Abs. 3 SGB X). Days are Berlin days. A period shorter than a day
 * (PT5S, for tests and demos) is simply added and never moved.
 */

/** An ISO 8601 duration, e.g. P14D, P2W, P1M, PT5S. */
export interface Period {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const ISO_PERIOD =
  /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** Reads an ISO 8601 duration; null when it is none (or empty, like "P" or "PT"). */
export function parsePeriod(text: string): Period | null {
  const match = ISO_PERIOD.exec(text);
  if (!match || text === 'P' || text.endsWith('T')) return null;
  const [years, months, weeks, days, hours, minutes, seconds] = match
    .slice(1)
    .map((part) => (part === undefined ? 0 : Number(part)));
  const period = { years, months, weeks, days, hours, minutes, seconds };
  return Object.values(period).some((n) => n > 0) ? period : null;
}

/** Whether the period counts calendar days (and so ends on a date that may move). */
export function countsDays(period: Period): boolean {
  return period.years + period.months + period.weeks + period.days > 0;
}

export interface Deadline {
  /** The instant the deadline has passed: the end of its last day (Berlin), or start + period. */
  dueAt: Date;
  /** The last day (YYYY-MM-DD, Berlin) of a period counted in days; null for shorter ones. */
  endsOn: string | null;
  /** The last day fell on a weekend or holiday and was moved to the next working day. */
  moved: boolean;
}

/** The deadline of `period` (an ISO 8601 duration) counted from `start`. */
export function deadlineAfter(start: Date, period: string): Deadline {
  const parsed = parsePeriod(period);
  if (!parsed) throw new RangeError(`not an ISO 8601 duration: ${period}`);
  const timeMs = ((parsed.hours * 60 + parsed.minutes) * 60 + parsed.seconds) * 1000;
  if (!countsDays(parsed)) {
    return { dueAt: new Date(start.getTime() + timeMs), endsOn: null, moved: false };
  }
  const last = addCalendar(legalDay(start), parsed);
  const endsOn = nextWorkingDay(last);
  return {
    dueAt: new Date(berlinMidnight(addDays(endsOn, 1)).getTime() + timeMs),
    endsOn,
    moved: endsOn !== last,
  };
}

/** Saturday, Sunday or a public holiday in North Rhine-Westphalia. */
export function isWorkingDay(day: string): boolean {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidaysOf(Number(day.slice(0, 4))).has(day);
}

/** The day itself if it is a working day, otherwise the next one. */
export function nextWorkingDay(day: string): string {
  let current = day;
  while (!isWorkingDay(current)) current = addDays(current, 1);
  return current;
}

/** The NRW holidays' names of a year, by day (for messages: "Fronleichnam"). */
export function holidayName(day: string): string | null {
  return holidaysOf(Number(day.slice(0, 4))).get(day) ?? null;
}

const holidayYears = new Map<number, Map<string, string>>();

function holidaysOf(year: number): Map<string, string> {
  let days = holidayYears.get(year);
  if (!days) {
    days = new Map(getHolidays(year, 'NW').map((h) => [h.dateString, h.translate('de') ?? h.name]));
    holidayYears.set(year, days);
  }
  return days;
}

/** The last day of the period begun the day after `day` (§ 188 BGB). */
function addCalendar(day: string, period: Period): string {
  const [y, m, d] = day.split('-').map(Number);
  let result = day;
  if (period.years || period.months) {
    const months = m - 1 + period.months + period.years * 12;
    const year = y + Math.floor(months / 12);
    const month = ((months % 12) + 12) % 12;
    // The same day of the month, or the month's last day where it has none (§ 188 Abs. 3).
    const lastOfMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    result = isoDay(new Date(Date.UTC(year, month, Math.min(d, lastOfMonth))));
  }
  return addDays(result, period.weeks * 7 + period.days);
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return isoDay(date);
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

const berlinParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** The instant a Berlin day begins (00:00 local time, CET or CEST). */
export function berlinMidnight(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  // Berlin is one or two hours ahead of UTC: 00:00 there is 22:00 or 23:00 UTC the day before.
  for (const offsetHours of [1, 2]) {
    const guess = new Date(Date.UTC(y, m - 1, d, -offsetHours));
    const parts = Object.fromEntries(
      berlinParts.formatToParts(guess).map((p) => [p.type, p.value]),
    );
    if (`${parts.year}-${parts.month}-${parts.day}` === day && parts.hour === '00') return guess;
  }
  throw new RangeError(`no Berlin midnight on ${day}`);
}
