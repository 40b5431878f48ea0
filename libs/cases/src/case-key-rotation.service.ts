import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@teilhabe/audit';
import { SYSTEM_ACTOR } from '@teilhabe/common';
import { FieldCipher, pendingRotation, type RotatableTable, rotateKeys } from '@teilhabe/crypto';
import { DataSource, In } from 'typeorm';
import { Case } from './entities/case.entity';

const ENCRYPTED_FIELDS = [
  'guardian.name',
  'guardian.email',
  'guardian.phone',
  'guardian.address',
  'child.initials',
] as const;

const ENCRYPTED_COLUMNS = [
  'guardian_name',
  'guardian_email',
  'guardian_phone',
  'guardian_address',
  'child_initials',
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
          child: { initials: c.child.initials },
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

  /** Cases with at least one personal field not encrypted with the current key. */
  pending(): Promise<number> {
    return pendingRotation(this.dataSource, this.cipher, this.target);
  }

  async rotate(
    onProgress?: (done: number, total: number) => void,
    batchSize = 200,
  ): Promise<number> {
    const done = await rotateKeys(this.dataSource, this.cipher, this.target, {
      batchSize,
      onProgress,
    });
    // Cached answers of Idempotency-Key requests are only kept for a retry; drop old ones.
    await this.dataSource.query(
      `DELETE FROM idempotency_keys WHERE response IS NOT NULL AND NOT starts_with(response, $1)`,
      [`enc:v1:${this.cipher.currentKeyId}:`],
    );
    return done;
  }
}
