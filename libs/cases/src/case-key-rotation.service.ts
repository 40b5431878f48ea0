import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@teilhabe/audit';
import { SYSTEM_ACTOR } from '@teilhabe/common';
import { FieldCipher, pendingRotation, type RotatableTable, rotateKeys } from '@teilhabe/crypto';
import { DataSource, In } from 'typeorm';
import { Case } from './entities/case.entity';
import { CaseEvent } from './entities/case-event.entity';

export interface CaseRotationCount {
  cases: number;
  /** Timeline entries whose reason was re-encrypted. */
  reasons: number;
}

const ENCRYPTED_FIELDS = [
  'guardian.name',
  'guardian.email',
  'guardian.phone',
  'guardian.address',
  'child.initials',
  'child.disability',
  'description',
] as const;

const ENCRYPTED_COLUMNS = [
  'guardian_name',
  'guardian_email',
  'guardian_phone',
  'guardian_address',
  'child_initials',
  'child_disability',
  'description',
] as const;

/**
 * Re-encrypts the personal fields of cases with the current key: after a new key was added,
 * and for values stored in clear text before encryption existed. Afterwards the old key can be
 * removed from ENCRYPTION_KEYS.
 */
@Injectable()
export class CaseKeyRotation {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditService,
  ) {}

  private readonly target: RotatableTable = {
    table: 'cases',
    columns: ENCRYPTED_COLUMNS,
    reencrypt: async (m, ids) => {
      const cases = await m.findBy(Case, { id: In(ids) });
      for (const c of cases) {
        // update() runs every value through its transformer, i.e. encrypts with the current key.
        await m.update(Case, c.id, {
          guardian: {
            name: c.guardian.name,
            email: c.guardian.email,
            phone: c.guardian.phone,
            address: c.guardian.address,
          },
          child: { initials: c.child.initials, disability: c.child.disability },
          description: c.description,
        });
      }
      await this.audit.record(
        SYSTEM_ACTOR,
        {
          action: 'case.reencrypt',
          recordType: 'case',
          fields: [...ENCRYPTED_FIELDS],
          details: { caseIds: cases.map((c) => c.id), keyId: this.cipher.currentKeyId },
        },
        m,
      );
    },
  };

  private readonly reasons: RotatableTable = {
    table: 'case_events',
    columns: ['reason'],
    reencrypt: async (m, ids) => {
      const events = await m.findBy(CaseEvent, { id: In(ids) });
      for (const e of events) await m.update(CaseEvent, e.id, { reason: e.reason });
      await this.audit.record(
        SYSTEM_ACTOR,
        {
          action: 'case.reencrypt',
          recordType: 'case',
          fields: ['timeline.reason'],
          details: {
            caseIds: [...new Set(events.map((e) => e.caseId))],
            keyId: this.cipher.currentKeyId,
          },
        },
        m,
      );
    },
  };

  /** Cases and timeline entries with personal data not encrypted with the current key. */
  async pending(): Promise<CaseRotationCount> {
    return {
      cases: await pendingRotation(this.dataSource, this.cipher, this.target),
      reasons: await pendingRotation(this.dataSource, this.cipher, this.reasons),
    };
  }

  async rotate(
    onProgress?: (done: number, total: number) => void,
    batchSize = 200,
  ): Promise<CaseRotationCount> {
    const pending = await this.pending();
    const total = pending.cases + pending.reasons;
    const cases = await rotateKeys(this.dataSource, this.cipher, this.target, {
      batchSize,
      onProgress: (done) => onProgress?.(done, total),
    });
    const reasons = await rotateKeys(this.dataSource, this.cipher, this.reasons, {
      batchSize,
      onProgress: (done) => onProgress?.(cases + done, total),
    });
    // Cached answers of Idempotency-Key requests are only kept for a retry; drop old ones.
    await this.dataSource.query(
      `DELETE FROM idempotency_keys WHERE response IS NOT NULL AND NOT starts_with(response, $1)`,
      [`enc:v1:${this.cipher.currentKeyId}:`],
    );
    return { cases, reasons };
  }
}
