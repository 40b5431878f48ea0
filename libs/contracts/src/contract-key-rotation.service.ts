import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@teilhabe/audit';
import { SYSTEM_ACTOR } from '@teilhabe/common';
import { EntityRotation, FieldCipher, KeyRotationStep, type RotationStep } from '@teilhabe/crypto';
import { DataSource } from 'typeorm';
import { CareContract } from './entities/care-contract.entity';

/** The contracts' share of a key rotation (see CaseKeyRotation). */
@KeyRotationStep()
@Injectable()
export class ContractKeyRotation implements RotationStep {
  readonly label = 'contracts';
  private readonly rotation: EntityRotation<CareContract>;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    cipher: FieldCipher,
    audit: AuditService,
  ) {
    // Documents are large: small batches keep each transaction's memory low.
    this.rotation = new EntityRotation(this.label, dataSource, cipher, CareContract, {
      batchSize: 20,
      afterBatch: (m, contracts, columns) =>
        audit.record(
          SYSTEM_ACTOR,
          {
            action: 'contract.reencrypt',
            recordType: 'case',
            fields: columns.map((c) => c.propertyPath),
            details: { contractIds: contracts.map((c) => c.id), keyId: cipher.currentKeyId },
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
