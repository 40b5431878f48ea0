import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@teilhabe/audit';
import { districtScope, UsersService } from '@teilhabe/auth';
import { CaseAccess, CaseLifecycle } from '@teilhabe/cases';
import { type Actor, todayInBerlin } from '@teilhabe/common';
import { JobHandler, JobName, type JobPayloads, type JobResult, JobsService } from '@teilhabe/jobs';
import { MailService } from '@teilhabe/mail';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { EscalationQueryDto } from './dto/follow-up.dto';
import { Escalation } from './entities/escalation.entity';
import { type FollowUp } from './entities/follow-up.entity';
import { escalationNotFound } from './follow-ups.exception';
import { type EscalationView, toEscalationView } from './follow-ups.views';

/** Who flags a second complaint: the system, named for the timeline. */
const REPEAT_CHECK: Actor = { id: null, name: 'Wiederholungsprüfung' };

/**
 * What the team lead of a district must look at: a provider that left a letter and its
 * reminder unanswered (the case is flagged), and a provider with a second complaint within
 * twelve months (§§ 45, 47 SGB VIII: the office that grants the operating licence must know).
 * Each is a row, shown until acknowledged, and an e-mail to the district's team leads, sent
 * once by a job of its own.
 */
@Injectable()
export class Escalations implements OnModuleInit {
  private readonly logger = new Logger('Escalations');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CaseAccess,
    private readonly lifecycle: CaseLifecycle,
    private readonly jobs: JobsService,
    private readonly users: UsersService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.lifecycle.onCreated((caseId, m) => this.repeatCheck(caseId, m));
  }

  /** The reminder's deadline passed too: the case is flagged and the team leads are told. */
  async unanswered(m: EntityManager, f: FollowUp, actor: Actor): Promise<string> {
    const heads = await this.cases.summaries(m, [f.caseId]);
    const head = heads.get(f.caseId)!;
    const escalation = await m.save(
      Escalation,
      m.create(Escalation, {
        kind: 'unanswered',
        caseId: f.caseId,
        districtId: head.facility.district.id,
        providerId: head.facility.provider.id,
        followUpId: f.id,
        complaints: null,
        notifiedAt: null,
        acknowledgedAt: null,
        acknowledgedBy: null,
      }),
    );
    await this.cases.escalate(m, f.caseId, actor, {
      escalationId: escalation.id,
      kind: 'unanswered',
      followUpId: f.id,
      letterId: f.letterId,
    });
    await this.notifyLater(m, escalation.id);
    return escalation.id;
  }

  /**
   * A new complaint: the provider's second (or later) within twelve months is flagged to the
   * team lead of the facility's district, once while a flag is open.
   */
  private async repeatCheck(caseId: string, m: EntityManager): Promise<void> {
    const [y, mo, d] = todayInBerlin().split('-').map(Number);
    const since = new Date(Date.UTC(y - 1, mo - 1, d)).toISOString().slice(0, 10);
    const found = await this.cases.providerCasesSince(m, caseId, since);
    if (!found || found.count < 2) return;
    const open = await m.findOne(Escalation, {
      where: {
        kind: 'repeat_complaint',
        providerId: found.providerId,
        districtId: found.districtId,
        acknowledgedAt: IsNull(),
      },
    });
    if (open) {
      await m.update(Escalation, open.id, { complaints: found.count, caseId });
      return;
    }
    const escalation = await m.save(
      Escalation,
      m.create(Escalation, {
        kind: 'repeat_complaint',
        caseId,
        districtId: found.districtId,
        providerId: found.providerId,
        followUpId: null,
        complaints: found.count,
        notifiedAt: null,
        acknowledgedAt: null,
        acknowledgedBy: null,
      }),
    );
    await this.cases.recordEvent(m, caseId, REPEAT_CHECK, 'escalated', {
      escalationId: escalation.id,
      kind: 'repeat_complaint',
      complaints: found.count,
    });
    await this.notifyLater(m, escalation.id);
  }

  private notifyLater(m: EntityManager, escalationId: string): Promise<string> {
    return this.jobs.enqueue(
      { name: JobName.EscalationNotify, data: { escalationId } },
      { manager: m },
    );
  }

  /** Tells the district's team leads by e-mail, once (no personal data of the family). */
  @JobHandler(JobName.EscalationNotify)
  async notify(data: JobPayloads[JobName.EscalationNotify]): Promise<JobResult> {
    const m = this.dataSource.manager;
    const escalation = await m.findOne(Escalation, { where: { id: data.escalationId } });
    if (!escalation || escalation.notifiedAt) return { sent: 0 };
    const head = (await this.cases.summaries(m, [escalation.caseId])).get(escalation.caseId);
    if (!head) return { sent: 0 };
    const leads = (await this.users.caseStaff(escalation.districtId, m)).filter(
      (u) => u.role === 'team_lead',
    );
    if (!this.mail.available) {
      this.logger.warn(`escalation ${escalation.id}: no mail possible, shown in Teilhabe only`);
    } else {
      for (const lead of leads) {
        await this.mail.send({
          to: lead.email,
          subject:
            escalation.kind === 'unanswered'
              ? `Eskalation: Fall ${head.reference} – Träger antwortet nicht`
              : `Wiederholte Beschwerde: ${head.facility.provider.name}`,
          text: noticeText(escalation, head.reference, head.facility),
          id: `escalation-${escalation.id}-${lead.id}`,
        });
      }
    }
    await m.update(Escalation, escalation.id, { notifiedAt: new Date() });
    return { sent: this.mail.available ? leads.length : 0 };
  }

  /** Open (or all) escalations of the team lead's districts, newest first. */
  async list(query: EscalationQueryDto, actor: Actor): Promise<EscalationView[]> {
    const scope = districtScope(actor);
    const qb = this.dataSource
      .getRepository(Escalation)
      .createQueryBuilder('e')
      .orderBy('e.created_at', 'DESC')
      .limit(200);
    if (scope) qb.where('e.district_id = ANY(CAST(:scope AS uuid[]))', { scope });
    if (query.open !== false) qb.andWhere('e.acknowledged_at IS NULL');
    const rows = await qb.getMany();
    const heads = await this.cases.summaries(
      this.dataSource.manager,
      rows.map((e) => e.caseId),
    );
    await this.audit.record(actor, {
      action: 'escalation.list',
      details: { open: query.open !== false, count: rows.length },
    });
    return rows.flatMap((e) => {
      const head = heads.get(e.caseId);
      return head ? [toEscalationView(e, head)] : [];
    });
  }

  /** The team lead has looked at it: it leaves the open list. */
  async acknowledge(id: string, actor: Actor): Promise<EscalationView> {
    return this.dataSource.transaction(async (m) => {
      const e = await m.findOne(Escalation, { where: { id }, lock: { mode: 'pessimistic_write' } });
      const scope = districtScope(actor);
      if (!e || (scope && !scope.includes(e.districtId))) throw escalationNotFound();
      if (!e.acknowledgedAt) {
        e.acknowledgedAt = new Date();
        e.acknowledgedBy = actor.name;
        await m.save(Escalation, e);
        await this.audit.record(
          actor,
          { action: 'escalation.acknowledge', recordType: 'case', recordId: e.caseId },
          m,
        );
      }
      const head = (await this.cases.summaries(m, [e.caseId])).get(e.caseId)!;
      return toEscalationView(e, head);
    });
  }
}

function noticeText(
  e: Escalation,
  reference: string,
  facility: { name: string; provider: { name: string }; district: { name: string } },
): string {
  const where = `${facility.name} (${facility.provider.name}), ${facility.district.name}`;
  const body =
    e.kind === 'unanswered'
      ? `der Träger hat im Fall ${reference} weder auf das Schreiben des Landesjugendamts noch ` +
        `auf die Erinnerung geantwortet; die Frist ist abgelaufen.\n\nEinrichtung: ${where}`
      : `gegen den Träger ${facility.provider.name} ist innerhalb von zwölf Monaten eine ` +
        `weitere Beschwerde eingegangen (${e.complaints ?? 2} insgesamt), zuletzt Fall ` +
        `${reference}.\n\nEinrichtung: ${where}\n\nBitte prüfen Sie Maßnahmen nach §§ 45, 47 SGB VIII.`;
  return (
    `Guten Tag,\n\n${body}\n\nSie finden den Fall in Teilhabe unter „Mein Tag“ (Eskalationen).\n\n` +
    'Diese Nachricht wurde automatisch erstellt.'
  );
}
