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
});

/** The period a schedule is in at `now`, in office time: `2026-12-04` or `2026-12-04T09`. */
export function periodOf(schedule: Schedule, now: Date): string {
  const [day, hour] = BERLIN.format(now).split(' ');
  return schedule.every === 'day' ? day : `${day}T${hour}`;
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
