import { Injectable } from '@nestjs/common';
import { JobsService } from './jobs.service';
import { SCHEDULES, type Schedule } from './job-names';

const BERLIN = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

/**
 * The period a schedule is in at `now`, in office time: the day `2026-12-04`, or the hour
 * `2026-12-04T09+01:00`. The hour carries its offset: in October the hour from 2 to 3 comes
 * twice (summer time, then winter time), and each is a period of its own.
 */
export function periodOf(schedule: Schedule, now: Date): string {
  const parts = BERLIN.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  const day = `${part('year')}-${part('month')}-${part('day')}`;
  if (schedule.every === 'day') return day;
  // "GMT+02:00"; Berlin is never on plain "GMT", but read it right should that change.
  const offset = part('timeZoneName').replace(/^GMT/, '') || '+00:00';
  return `${day}T${part('hour')}${offset}`;
}

/**
 * Recurring jobs. Every process that runs jobs calls `ensure()` now and then; each period's
 * row has a unique key, so the job exists once per period however many processes saw it due.
 */
@Injectable()
export class ScheduledJobs {
  constructor(private readonly jobs: JobsService) {}

  async ensure(now = new Date()): Promise<void> {
    for (const schedule of SCHEDULES) {
      await this.jobs.enqueue(schedule.item, {
        key: `${schedule.item.name}:${periodOf(schedule, now)}`,
      });
    }
  }
}
