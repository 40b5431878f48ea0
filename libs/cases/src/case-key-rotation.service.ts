import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@teilhabe/audit';
import { SYSTEM_ACTOR } from '@teilhabe/common';
import { FieldCipher } from '@teilhabe/crypto';
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

  /** Cases with at least one personal field not encrypted with the current key. */
  async pending(): Promise<number> {
    const [{ n }] = await this.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM cases WHERE ${this.notCurrent()}`,
      [this.prefix()],
    );
    return n;
  }

  async rotate(
    onProgress?: (done: number, total: number) => void,
    batchSize = 200,
  ): Promise<number> {
    const total = await this.pending();
    const seen = new Set<string>();
    let done = 0;
    for (;;) {
      const rows = await this.dataSource.query<{ id: string }[]>(
        `SELECT id FROM cases WHERE ${this.notCurrent()} ORDER BY id LIMIT ${batchSize}`,
        [this.prefix()],
      );
      if (rows.length === 0) break;
      if (rows.every((r) => seen.has(r.id))) {
        throw new Error('re-encryption made no progress; is the current key configured?');
      }
      await this.dataSource.transaction(async (m) => {
        const cases = await m.findBy(Case, { id: In(rows.map((r) => r.id)) });
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
          seen.add(c.id);
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
      });
      done += rows.length;
      onProgress?.(Math.min(done, total), total);
    }
    // Cached answers of Idempotency-Key requests are only kept for a retry; drop old ones.
    await this.dataSource.query(
      `DELETE FROM idempotency_keys WHERE response IS NOT NULL AND NOT starts_with(response, $1)`,
      [this.prefix()],
    );
    return done;
  }

  private prefix(): string {
    return `enc:v1:${this.cipher.currentKeyId}:`;
  }

  private notCurrent(): string {
    return `NOT (${ENCRYPTED_COLUMNS.map((c) => `(${c} IS NULL OR starts_with(${c}, $1))`).join(' AND ')})`;
  }
}
