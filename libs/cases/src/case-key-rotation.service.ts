import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@teilhabe/audit';
import { SYSTEM_ACTOR } from '@teilhabe/common';
import { EntityRotation, FieldCipher, KeyRotationStep, type RotationStep } from '@teilhabe/crypto';
import { DataSource } from 'typeorm';
import { Case } from './entities/case.entity';
import { CaseEvent } from './entities/case-event.entity';

/*
 * The cases' share of a key rotation (`npm run crypto:rotate`): their personal fields, read
 * from the entity metadata, re-encrypted with the current key; values stored in clear text
 * before encryption existed too. Every batch is audited.
 */

@KeyRotationStep()
@Injectable()
export class CaseKeyRotation implements RotationStep {
  readonly label = 'cases';
  private readonly rotation: EntityRotation<Case>;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    cipher: FieldCipher,
    audit: AuditService,
  ) {
    this.rotation = new EntityRotation(this.label, dataSource, cipher, Case, {
      batchSize: 200,
      afterBatch: (m, cases, columns) =>
        audit.record(
          SYSTEM_ACTOR,
          {
            action: 'case.reencrypt',
            recordType: 'case',
            fields: columns.map((c) => c.propertyPath),
            details: { caseIds: cases.map((c) => c.id), keyId: cipher.currentKeyId },
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

@KeyRotationStep()
@Injectable()
export class CaseEventKeyRotation implements RotationStep {
  readonly label = 'timeline reasons';
  private readonly rotation: EntityRotation<CaseEvent>;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    cipher: FieldCipher,
    audit: AuditService,
  ) {
    this.rotation = new EntityRotation(this.label, dataSource, cipher, CaseEvent, {
      batchSize: 200,
      afterBatch: (m, events) =>
        audit.record(
          SYSTEM_ACTOR,
          {
            action: 'case.reencrypt',
            recordType: 'case',
            fields: ['timeline.reason'],
            details: {
              caseIds: [...new Set(events.map((e) => e.caseId))],
              keyId: cipher.currentKeyId,
            },
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
