import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@teilhabe/audit';
import { districtScope } from '@teilhabe/auth';
import { CaseAccess, type CaseHeadline, CaseLifecycle } from '@teilhabe/cases';
import { type Actor, todayInBerlin } from '@teilhabe/common';
import { FollowUpConfig } from '@teilhabe/config';
import { JobHandler, JobName, type JobPayloads, type JobResult, JobsService } from '@teilhabe/jobs';
import {
  LetterEvents,
  type LetterSent,
  LettersService,
  type ProviderAnswered,
} from '@teilhabe/letters';
import { deadlineAfter } from '@teilhabe/rules';
import { DataSource, type EntityManager, In } from 'typeorm';
import { FollowUpQueryDto, PauseDto } from './dto/follow-up.dto';
import { FollowUp, type FollowUpStage } from './entities/follow-up.entity';
import { Escalations } from './escalations.service';
import { followUpNotFound, notPaused, notRunning } from './follow-ups.exception';
import { type FollowUpView, toFollowUpView } from './follow-ups.views';

/** Who acts when a deadline passes: the system, named for the timeline. */
const WIEDERVORLAGE: Actor = { id: null, name: 'Wiedervorlage' };

/** Letters whose answer is awaited with a deadline. */
const AWAITING_ANSWER = new Set(['advisory', 'statement_request']);
const RUNNING = ['pending', 'paused'] as const;

/**
 * Deadlines for the provider's answer (Wiedervorlage). A letter that asks for an answer sets
 * one (FOLLOW_UP_PERIOD, counted as § 26 SGB X counts); when it passes unanswered, a reminder
 * goes out and a second one runs (REMINDER_PERIOD); when that passes too, the case is escalated
 * to the district's team lead. An answer, or closing the case, ends what runs. Every deadline
 * is a row first and a job with its due time in the outbox, in the same transaction.
 */
@Injectable()
export class FollowUpsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: FollowUpConfig,
    private readonly jobs: JobsService,
    private readonly cases: CaseAccess,
    private readonly lifecycle: CaseLifecycle,
    private readonly letterEvents: LetterEvents,
    private readonly letters: LettersService,
    private readonly escalations: Escalations,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.letterEvents.onSent((event, m) => this.letterSent(event, m));
    this.letterEvents.onAnswered((event, m) => this.answered(event, m));
    this.lifecycle.onClosed((caseId, m) => this.cancelForCase(caseId, m));
  }

  /** A letter that asks for an answer sets the deadline for it. */
  private async letterSent(event: LetterSent, m: EntityManager): Promise<void> {
    if (event.recipient !== 'provider' || !AWAITING_ANSWER.has(event.template)) return;
    await this.schedule(m, event.caseId, event.letterId, 'answer', event.sentAt);
  }

  private async schedule(
    m: EntityManager,
    caseId: string,
    letterId: string,
    stage: FollowUpStage,
    from: Date,
  ): Promise<FollowUp> {
    const period = stage === 'answer' ? this.config.FOLLOW_UP_PERIOD : this.config.REMINDER_PERIOD;
    const deadline = deadlineAfter(from, period);
    const followUp = m.create(FollowUp, {
      caseId,
      letterId,
      stage,
      status: 'pending',
      period,
      dueAt: deadline.dueAt,
      endsOn: deadline.endsOn,
      pausedAt: null,
      pauseReason: null,
      remainingMs: null,
      resolvedAt: null,
    });
    await m.save(FollowUp, followUp);
    await this.enqueueDue(m, followUp);
    await this.cases.recordEvent(m, caseId, WIEDERVORLAGE, 'follow_up_set', {
      followUpId: followUp.id,
      letterId,
      stage,
      endsOn: deadline.endsOn,
      dueAt: deadline.dueAt.toISOString(),
      moved: deadline.moved,
    });
    return followUp;
  }

  private enqueueDue(m: EntityManager, f: FollowUp): Promise<string> {
    return this.jobs.enqueue(
      { name: JobName.FollowUpDue, data: { followUpId: f.id, dueAt: f.dueAt.toISOString() } },
      { manager: m, runAfter: f.dueAt },
    );
  }

  /**
   * A deadline passed. Only the deadline as it still stands acts: one answered, paused,
   * cancelled or moved since (a resumed pause) leaves this job with nothing to do.
   */
  @JobHandler(JobName.FollowUpDue)
  async due(data: JobPayloads[JobName.FollowUpDue]): Promise<JobResult> {
    return this.dataSource.transaction(async (m) => {
      const f = await m.findOne(FollowUp, {
        where: { id: data.followUpId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!f || f.status !== 'pending' || f.dueAt.toISOString() !== data.dueAt) {
        return { outcome: 'nothing to do' };
      }
      f.status = f.stage === 'answer' ? 'reminded' : 'escalated';
      f.resolvedAt = new Date();
      await m.update(FollowUp, f.id, { status: f.status, resolvedAt: f.resolvedAt });
      if (f.stage === 'answer') {
        const reminderId = await this.letters.createReminder(
          f.caseId,
          f.letterId,
          WIEDERVORLAGE,
          m,
        );
        await this.cases.recordEvent(m, f.caseId, WIEDERVORLAGE, 'follow_up_reminded', {
          followUpId: f.id,
          letterId: f.letterId,
          reminderId,
        });
        const next = await this.schedule(m, f.caseId, f.letterId, 'reminder', new Date());
        return { outcome: 'reminded', reminderId, next: next.id };
      }
      const escalationId = await this.escalations.unanswered(m, f, WIEDERVORLAGE);
      return { outcome: 'escalated', escalationId };
    });
  }

  /** The provider answered: the deadlines for that letter end. */
  private async answered(event: ProviderAnswered, m: EntityManager): Promise<void> {
    const running = await m.find(FollowUp, {
      where: { letterId: event.letterId, status: In([...RUNNING]) },
      lock: { mode: 'pessimistic_write' },
    });
    for (const f of running) {
      await m.update(FollowUp, f.id, { status: 'answered', resolvedAt: new Date() });
      await this.cases.recordEvent(m, f.caseId, WIEDERVORLAGE, 'follow_up_answered', {
        followUpId: f.id,
        letterId: f.letterId,
        verdict: event.verdict,
      });
    }
  }

  /** A closed case waits for nothing: its running deadlines are cancelled. */
  private async cancelForCase(caseId: string, m: EntityManager): Promise<void> {
    const running = await m.find(FollowUp, {
      where: { caseId, status: In([...RUNNING]) },
      lock: { mode: 'pessimistic_write' },
    });
    if (running.length === 0) return;
    await m.update(
      FollowUp,
      { id: In(running.map((f) => f.id)) },
      {
        status: 'cancelled',
        resolvedAt: new Date(),
      },
    );
    await this.cases.recordEvent(m, caseId, WIEDERVORLAGE, 'follow_up_cancelled', {
      followUpIds: running.map((f) => f.id),
    });
  }

  /** Stops the clock (waiting on a third party), keeping the time that was left. */
  async pause(id: string, dto: PauseDto, actor: Actor): Promise<FollowUpView> {
    await this.dataSource.transaction(async (m) => {
      const f = await this.lock(m, id, actor);
      if (f.status !== 'pending') throw notRunning();
      const now = new Date();
      const remaining = Math.max(0, f.dueAt.getTime() - now.getTime());
      await m.update(FollowUp, id, {
        status: 'paused',
        pausedAt: now,
        pauseReason: dto.reason,
        remainingMs: String(remaining),
      });
      await this.cases.recordEvent(
        m,
        f.caseId,
        actor,
        'follow_up_paused',
        { followUpId: id, remainingMs: remaining },
        dto.reason,
      );
      await this.audit.record(
        actor,
        { action: 'follow_up.pause', recordType: 'case', recordId: f.caseId, details: { id } },
        m,
      );
    });
    return this.view(id);
  }

  /** Starts the clock again with the time that was left when it stopped. */
  async resume(id: string, actor: Actor): Promise<FollowUpView> {
    await this.dataSource.transaction(async (m) => {
      const f = await this.lock(m, id, actor);
      if (f.status !== 'paused') throw notPaused();
      f.status = 'pending';
      f.dueAt = new Date(Date.now() + Number(f.remainingMs ?? 0));
      f.pausedAt = null;
      f.pauseReason = null;
      f.remainingMs = null;
      await m.save(FollowUp, f);
      await this.enqueueDue(m, f);
      await this.cases.recordEvent(m, f.caseId, actor, 'follow_up_resumed', {
        followUpId: id,
        dueAt: f.dueAt.toISOString(),
      });
      await this.audit.record(
        actor,
        { action: 'follow_up.resume', recordType: 'case', recordId: f.caseId, details: { id } },
        m,
      );
    });
    return this.view(id);
  }

  /**
   * The running and paused deadlines of the caller's districts (or cases), by due window:
   * what "Mein Tag" shows, soonest first.
   */
  async list(query: FollowUpQueryDto, actor: Actor): Promise<FollowUpView[]> {
    const qb = this.dataSource
      .getRepository(FollowUp)
      .createQueryBuilder('f')
      .orderBy('f.due_at', 'ASC')
      .limit(LIST_LIMIT);
    if (query.due === 'overdue') {
      // The answer is overdue: its deadline passed (the reminder went out, or is about to).
      qb.where(`f.status = 'pending' AND (f.due_at <= now() OR f.stage = 'reminder')`);
    } else if (query.due) {
      const today = todayInBerlin();
      const until = query.due === 'today' ? today : addDays(today, 6);
      qb.where(`f.status = 'pending' AND f.due_at > now() AND f.stage = 'answer'`).andWhere(
        'f.ends_on BETWEEN CAST(:today AS date) AND CAST(:until AS date)',
        {
          today,
          until,
        },
      );
    } else {
      qb.where('f.status IN (:...running)', { running: RUNNING });
    }
    const rows = await qb.getMany();
    const visible = await this.visible(rows, actor);
    const mine = query.mine ? visible.filter(([, c]) => c.assigneeId === actor.id) : visible;
    await this.audit.record(actor, {
      action: 'follow_up.list',
      recordType: 'case',
      details: { due: query.due ?? 'all', count: mine.length },
    });
    return mine.map(([f, c]) => toFollowUpView(f, c));
  }

  /** Every deadline of one case, newest first. */
  async forCase(caseId: string, actor: Actor): Promise<FollowUpView[]> {
    const m = this.dataSource.manager;
    await this.cases.find(m, caseId, districtScope(actor));
    const rows = await m.find(FollowUp, { where: { caseId }, order: { createdAt: 'DESC' } });
    const heads = await this.cases.summaries(m, [caseId]);
    return rows.map((f) => toFollowUpView(f, heads.get(caseId)!));
  }

  private async view(id: string): Promise<FollowUpView> {
    const m = this.dataSource.manager;
    const f = await m.findOneOrFail(FollowUp, { where: { id } });
    const heads = await this.cases.summaries(m, [f.caseId]);
    return toFollowUpView(f, heads.get(f.caseId)!);
  }

  /** A follow-up of a case the caller may work on, locked; others do not exist. */
  private async lock(m: EntityManager, id: string, actor: Actor): Promise<FollowUp> {
    const f = await m.findOne(FollowUp, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!f) throw followUpNotFound();
    try {
      await this.cases.find(m, f.caseId, districtScope(actor));
    } catch {
      throw followUpNotFound();
    }
    return f;
  }

  /** The rows whose case lies in the caller's districts, with their case. */
  private async visible(rows: FollowUp[], actor: Actor): Promise<[FollowUp, CaseHeadline][]> {
    const heads = await this.cases.summaries(
      this.dataSource.manager,
      rows.map((f) => f.caseId),
    );
    const scope = districtScope(actor);
    return rows.flatMap((f): [FollowUp, CaseHeadline][] => {
      const c = heads.get(f.caseId);
      return c && (scope === null || scope.includes(c.facility.district.id)) ? [[f, c]] : [];
    });
  }
}

const LIST_LIMIT = 500;

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
