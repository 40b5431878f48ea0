import { districtScope } from '@teilhabe/auth';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@teilhabe/audit';
import { type Actor, InvalidInputException } from '@teilhabe/common';
import { DataSource, IsNull } from 'typeorm';
import { CaseAccess } from './case-access';
import { type ConsentView, toConsentView } from './consent.views';
import {
  consentActive,
  consentNotFound,
  consentWithdrawn,
  casePseudonymised,
} from './cases.exception';
import { type RecordConsentDto, type WithdrawConsentDto } from './dto/consent.dto';
import { CaseConsent } from './entities/case-consent.entity';

/**
 * The parents' consents to pass on what they entrusted to the office (§ 65 SGB VIII): recorded
 * with the day they were given, withdrawn with the day of the withdrawal, never deleted. Each
 * change is on the case's timeline and in the audit log.
 */
@Injectable()
export class ConsentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly audit: AuditService,
  ) {}

  async record(caseId: string, dto: RecordConsentDto, actor: Actor): Promise<ConsentView> {
    return this.dataSource.transaction(async (m) => {
      const target = await this.access.lock(m, caseId, districtScope(actor));
      if (target.pseudonymisedAt) throw casePseudonymised();
      const standing = await m.findOne(CaseConsent, {
        where: { caseId, recipient: dto.recipient, withdrawnAt: IsNull() },
      });
      if (standing) throw consentActive(standing.givenAt);
      const consent = await m.save(
        m.create(CaseConsent, {
          caseId,
          recipient: dto.recipient,
          givenAt: dto.givenAt,
          recordedById: actor.id,
          recordedByName: actor.name,
          withdrawnAt: null,
          withdrawalRecordedAt: null,
          withdrawalRecordedByName: null,
        }),
      );
      await this.access.recordEvent(m, caseId, actor, 'consent_recorded', {
        consentId: consent.id,
        recipient: consent.recipient,
        givenAt: consent.givenAt,
      });
      await this.audit.record(
        actor,
        {
          action: 'consent.record',
          recordType: 'case',
          recordId: caseId,
          fields: ['consents'],
          details: { consentId: consent.id, recipient: consent.recipient },
        },
        m,
      );
      return toConsentView(consent);
    });
  }

  async withdraw(
    caseId: string,
    consentId: string,
    dto: WithdrawConsentDto,
    actor: Actor,
  ): Promise<ConsentView> {
    return this.dataSource.transaction(async (m) => {
      const target = await this.access.lock(m, caseId, districtScope(actor));
      if (target.pseudonymisedAt) throw casePseudonymised();
      const consent = await m.findOne(CaseConsent, {
        where: { id: consentId, caseId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!consent) throw consentNotFound();
      if (consent.withdrawnAt) throw consentWithdrawn(consent.withdrawnAt);
      if (dto.withdrawnAt < consent.givenAt) {
        throw new InvalidInputException([
          {
            field: 'withdrawnAt',
            code: 'before_given_at',
            message: `darf nicht vor dem Tag der Einwilligung (${consent.givenAt}) liegen.`,
          },
        ]);
      }
      consent.withdrawnAt = dto.withdrawnAt;
      consent.withdrawalRecordedAt = new Date();
      consent.withdrawalRecordedByName = actor.name;
      await m.save(consent);
      await this.access.recordEvent(m, caseId, actor, 'consent_withdrawn', {
        consentId: consent.id,
        recipient: consent.recipient,
        withdrawnAt: consent.withdrawnAt,
      });
      await this.audit.record(
        actor,
        {
          action: 'consent.withdraw',
          recordType: 'case',
          recordId: caseId,
          fields: ['consents'],
          details: { consentId: consent.id, recipient: consent.recipient },
        },
        m,
      );
      return toConsentView(consent);
    });
  }
}
