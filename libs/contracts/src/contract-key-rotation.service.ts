import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@teilhabe/audit';
import { SYSTEM_ACTOR } from '@teilhabe/common';
import { FieldCipher, pendingRotation, type RotatableTable, rotateKeys } from '@teilhabe/crypto';
import { DataSource, In } from 'typeorm';
import { CareContract } from './entities/care-contract.entity';

const COLUMNS = ['file_name', 'document', 'text', 'findings'] as const;

/** Re-encrypts stored contracts with the current key (see CaseKeyRotation for cases). */
@Injectable()
export class ContractKeyRotation {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditService,
  ) {}

  private readonly target: RotatableTable = {
    table: 'care_contracts',
    columns: COLUMNS,
    reencrypt: async (m, ids) => {
      const contracts = await m.findBy(CareContract, { id: In(ids) });
      for (const c of contracts) {
        await m.update(CareContract, c.id, {
          fileName: c.fileName,
          document: c.document,
          text: c.text,
          findings: c.findings,
        });
      }
      await this.audit.record(
        SYSTEM_ACTOR,
        {
          action: 'contract.reencrypt',
          recordType: 'case',
          fields: ['fileName', 'document', 'text', 'findings'],
          details: { contractIds: contracts.map((c) => c.id), keyId: this.cipher.currentKeyId },
        },
        m,
      );
    },
  };

  pending(): Promise<number> {
    return pendingRotation(this.dataSource, this.cipher, this.target);
  }

  rotate(onProgress?: (done: number, total: number) => void, batchSize = 20): Promise<number> {
    return rotateKeys(this.dataSource, this.cipher, this.target, { batchSize, onProgress });
  }
}
