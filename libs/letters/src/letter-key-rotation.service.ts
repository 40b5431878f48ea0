import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@teilhabe/audit';
import { SYSTEM_ACTOR } from '@teilhabe/common';
import { EntityRotation, FieldCipher, KeyRotationStep, type RotationStep } from '@teilhabe/crypto';
import { DataSource, type ObjectLiteral } from 'typeorm';
import { Letter } from './entities/letter.entity';
import { ProviderAnswer } from './entities/provider-answer.entity';

/** The letters' share of a key rotation: sent PDFs and mails, and the providers' answers. */
abstract class Rotation<T extends ObjectLiteral & { id: string }> implements RotationStep {
  abstract readonly label: string;
  protected abstract readonly rotation: EntityRotation<T>;

  pending(): Promise<number> {
    return this.rotation.pending();
  }

  rotate(onProgress: (done: number) => Promise<void>): Promise<number> {
    return this.rotation.rotate(onProgress);
  }
}

@KeyRotationStep()
@Injectable()
export class LetterKeyRotation extends Rotation<Letter> {
  readonly label = 'letters';
  protected readonly rotation: EntityRotation<Letter>;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    cipher: FieldCipher,
    audit: AuditService,
  ) {
    super();
    // PDFs are large: small batches keep each transaction's memory low.
    this.rotation = new EntityRotation(this.label, dataSource, cipher, Letter, {
      batchSize: 20,
      afterBatch: (m, letters, columns) =>
        audit.record(
          SYSTEM_ACTOR,
          {
            action: 'letter.reencrypt',
            recordType: 'case',
            fields: columns.map((c) => c.propertyPath),
            details: { letterIds: letters.map((l) => l.id), keyId: cipher.currentKeyId },
          },
          m,
        ),
    });
  }
}

@KeyRotationStep()
@Injectable()
export class ProviderAnswerKeyRotation extends Rotation<ProviderAnswer> {
  readonly label = 'provider answers';
  protected readonly rotation: EntityRotation<ProviderAnswer>;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    cipher: FieldCipher,
    audit: AuditService,
  ) {
    super();
    this.rotation = new EntityRotation(this.label, dataSource, cipher, ProviderAnswer, {
      batchSize: 200,
      afterBatch: (m, answers, columns) =>
        audit.record(
          SYSTEM_ACTOR,
          {
            action: 'provider_answer.reencrypt',
            recordType: 'case',
            fields: columns.map((c) => c.propertyPath),
            details: { answerIds: answers.map((a) => a.id), keyId: cipher.currentKeyId },
          },
          m,
        ),
    });
  }
}
