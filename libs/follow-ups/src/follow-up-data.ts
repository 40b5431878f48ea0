import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@teilhabe/audit';
import { CaseRetention } from '@teilhabe/cases';
import { SYSTEM_ACTOR } from '@teilhabe/common';
import { EntityRotation, FieldCipher, KeyRotationStep, type RotationStep } from '@teilhabe/crypto';
import { DataSource, type EntityManager, In } from 'typeorm';
import { FollowUp } from './entities/follow-up.entity';

/**
 * The follow-ups' share of retention: the reasons a deadline was paused may name people, so
 * they go; the deadlines themselves (dates, stages, outcomes) stay with the case.
 */
@Injectable()
export class FollowUpRetention implements OnModuleInit {
  constructor(private readonly retention: CaseRetention) {}

  onModuleInit(): void {
    this.retention.addStep('follow_ups', (m, caseIds) => this.erase(m, caseIds));
  }

  private async erase(m: EntityManager, caseIds: string[]): Promise<void> {
    await m.update(FollowUp, { caseId: In(caseIds) }, { pauseReason: null });
  }
}

/** The follow-ups' share of a key rotation (see CaseKeyRotation). */
@KeyRotationStep()
@Injectable()
export class FollowUpKeyRotation implements RotationStep {
  readonly label = 'follow-ups';
  private readonly rotation: EntityRotation<FollowUp>;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    cipher: FieldCipher,
    audit: AuditService,
  ) {
    this.rotation = new EntityRotation(this.label, dataSource, cipher, FollowUp, {
      batchSize: 500,
      afterBatch: (m, rows, columns) =>
        audit.record(
          SYSTEM_ACTOR,
          {
            action: 'follow_up.reencrypt',
            recordType: 'case',
            fields: columns.map((c) => c.propertyPath),
            details: { followUpIds: rows.map((f) => f.id), keyId: cipher.currentKeyId },
          },
          m,
        ),
    });
  }

  pending(): Promise<number> {
    return this.rotation.pending();
  }

  rotate(onProgress: (done: number) => Promise<void>): Promise<number> {
    return this.rotation.rotate(onProgress);
  }
}
