import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { currentPrefix, FieldCipher, KeyRotationStep, type RotationStep } from '@teilhabe/crypto';
import { DataSource } from 'typeorm';

/**
 * The idempotency keys' share of a key rotation: a cached answer is kept only for a retry,
 * so one encrypted with an older key is dropped rather than re-encrypted.
 */
@KeyRotationStep()
@Injectable()
export class IdempotencyKeyRotation implements RotationStep {
  readonly label = 'stale cached answers';
  readonly drops = true;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {}

  async pending(): Promise<number> {
    const [{ n }] = await this.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM idempotency_keys
        WHERE response IS NOT NULL AND NOT starts_with(response, $1)`,
      [currentPrefix(this.cipher)],
    );
    return n;
  }

  async rotate(onProgress: (done: number) => Promise<void>): Promise<number> {
    const [, deleted] = await this.dataSource.query<[unknown[], number]>(
      `DELETE FROM idempotency_keys WHERE response IS NOT NULL AND NOT starts_with(response, $1)`,
      [currentPrefix(this.cipher)],
    );
    await onProgress(deleted);
    return deleted;
  }
}
