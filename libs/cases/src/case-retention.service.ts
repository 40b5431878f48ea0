import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@teilhabe/audit';
import { SYSTEM_ACTOR } from '@teilhabe/common';
import { AppConfig } from '@teilhabe/config';
import { JobHandler, JobName, type JobResult } from '@teilhabe/jobs';
import { DataSource, type EntityManager } from 'typeorm';

const BATCH = 500;

/**
 * What another library erases of the cases that retention pseudonymises (their contracts,
 * letters, …), in the same transaction: each library removes its own rows.
 */
export type RetentionStep = (m: EntityManager, caseIds: string[]) => Promise<void>;

/**
 * Retention: once a case has been closed for RETENTION_YEARS, its personal data is erased —
 * the guardian's contact data, the child's initials and disability, the description and the
 * free-text reasons on the timeline. Facility, dates, patterns, statuses and birth year stay,
 * so the case still counts in reports.
 */
@Injectable()
export class CaseRetention {
  private readonly logger = new Logger('Retention');
  private readonly steps: { name: string; step: RetentionStep }[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /** Called by a library at start-up (onModuleInit) with what it erases of a due case. */
  addStep(name: string, step: RetentionStep): void {
    this.steps.push({ name, step });
  }

  /** Pseudonymises every case that is due; returns how many. Safe to run anywhere, any time. */
  async run(onProgress?: (done: number) => void): Promise<number> {
    let done = 0;
    for (;;) {
      const count = await this.dataSource.transaction(async (m) => {
        const due = await m.query<{ id: string }[]>(
          `SELECT id FROM cases
            WHERE pseudonymised_at IS NULL AND closed_at < now() - make_interval(years => $1)
            ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
          [this.config.RETENTION_YEARS],
        );
        if (due.length === 0) return 0;
        const ids = due.map((r) => r.id);
        await m.query(
          `UPDATE cases SET guardian_name = NULL, guardian_email = NULL, guardian_email_hash = NULL,
                  guardian_phone = NULL, guardian_address = NULL, child_initials = NULL,
                  child_disability = NULL, description = '', pseudonymised_at = now()
            WHERE id = ANY($1::uuid[])`,
          [ids],
        );
        await m.query(
          `UPDATE case_events SET reason = NULL WHERE case_id = ANY($1::uuid[]) AND reason IS NOT NULL`,
          [ids],
        );
        for (const { step } of this.steps) await step(m, ids);
        await m.query(
          `INSERT INTO case_events (case_id, actor_name, type, data)
           SELECT id, $2, 'pseudonymised', jsonb_build_object('retentionYears', $3::int)
             FROM unnest($1::uuid[]) AS id`,
          [ids, SYSTEM_ACTOR.name, this.config.RETENTION_YEARS],
        );
        await this.audit.record(
          SYSTEM_ACTOR,
          {
            action: 'case.pseudonymise',
            recordType: 'case',
            details: {
              caseIds: ids,
              retentionYears: this.config.RETENTION_YEARS,
              steps: this.steps.map((s) => s.name),
            },
          },
          m,
        );
        return ids.length;
      });
      if (count === 0) break;
      done += count;
      onProgress?.(done);
    }
    if (done > 0)
      this.logger.log(
        `pseudonymised ${done} case(s) closed more than ${this.config.RETENTION_YEARS} years ago`,
      );
    return done;
  }

  /** The daily job (and any run asked for): how many cases were pseudonymised. */
  @JobHandler(JobName.Retention)
  async runJob(): Promise<JobResult> {
    return { pseudonymised: await this.run() };
  }
}
