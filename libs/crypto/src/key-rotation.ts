import { Injectable, Module, SetMetadata } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService, Reflector } from '@nestjs/core';
import { JobHandler, JobName, type JobResult, type ProgressReporter } from '@teilhabe/jobs';
import {
  type DataSource,
  type EntityManager,
  type EntityTarget,
  In,
  type ObjectLiteral,
} from 'typeorm';
import { type ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { OrmUtils } from 'typeorm/util/OrmUtils';
import { FieldCipher } from './field-cipher';
import { isEncryptingTransformer } from './field-transformers';

/**
 * One library's share of a key rotation: the rows it owns whose personal data is not yet
 * encrypted with the current key. A library registers its steps itself (`@KeyRotationStep()`
 * on a provider); the rotation job runs every step it finds.
 */
export interface RotationStep {
  /** What is counted, in the words of the summary ("cases", "contracts"). */
  readonly label: string;
  /** Whether the step deletes what it finds (a cache) instead of re-encrypting it. */
  readonly drops?: boolean;
  /** Rows still to do. */
  pending(): Promise<number>;
  /** Does them, reporting the rows done so far; returns how many. */
  rotate(onProgress: (done: number) => Promise<void>): Promise<number>;
}

const KEY_ROTATION_STEP = Symbol('KEY_ROTATION_STEP');

/** Registers a provider implementing `RotationStep` with the key rotation. */
export const KeyRotationStep = (): ClassDecorator => SetMetadata(KEY_ROTATION_STEP, true);

/** The columns of an entity that its transformers encrypt, read from the entity metadata. */
export function encryptedColumns(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>) {
  return dataSource
    .getMetadata(entity)
    .columns.filter((column) => isEncryptingTransformer(column.transformer));
}

export interface EntityRotationOptions<T> {
  batchSize: number;
  /** Called in each batch's transaction with the rows re-encrypted (to audit them). */
  afterBatch?: (m: EntityManager, rows: T[], columns: ColumnMetadata[]) => Promise<void>;
}

/**
 * Re-encrypts an entity's encrypted columns with the current key, in batches, each batch in
 * one transaction: every row is read (decrypted by its transformers, clear-text leftovers as
 * they are) and written back (encrypted with the current key).
 */
export class EntityRotation<T extends { id: string }> implements RotationStep {
  private readonly columns: ColumnMetadata[];
  private readonly table: string;

  constructor(
    readonly label: string,
    private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
    private readonly entity: EntityTarget<T>,
    private readonly options: EntityRotationOptions<T>,
  ) {
    this.columns = encryptedColumns(dataSource, entity);
    if (this.columns.length === 0) throw new Error(`${label}: the entity has no encrypted column`);
    this.table = dataSource.getMetadata(entity).tablePath;
  }

  private get where(): string {
    const current = this.columns.map(
      (c) => `(${c.databaseName} IS NULL OR starts_with(${c.databaseName}, $1))`,
    );
    return `NOT (${current.join(' AND ')})`;
  }

  async pending(): Promise<number> {
    const [{ n }] = await this.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM ${this.table} WHERE ${this.where}`,
      [currentPrefix(this.cipher)],
    );
    return n;
  }

  async rotate(onProgress: (done: number) => Promise<void>): Promise<number> {
    const seen = new Set<string>();
    let done = 0;
    for (;;) {
      const rows = await this.dataSource.query<{ id: string }[]>(
        `SELECT id FROM ${this.table} WHERE ${this.where} ORDER BY id LIMIT ${this.options.batchSize}`,
        [currentPrefix(this.cipher)],
      );
      if (rows.length === 0) break;
      if (rows.every((r) => seen.has(r.id))) {
        throw new Error('re-encryption made no progress; is the current key configured?');
      }
      const ids = rows.map((r) => r.id);
      await this.dataSource.transaction(async (m) => {
        const entities: T[] = await m.findBy(this.entity, { id: In(ids) } as never);
        for (const row of entities) {
          // update() runs every value through its transformer: it encrypts with the current key.
          const values: object = OrmUtils.mergeDeep(
            {},
            ...this.columns.map((c) => c.createValueMap(c.getEntityValue(row))),
          );
          await m.update(this.entity, row.id, values);
        }
        await this.options.afterBatch?.(m, entities, this.columns);
      });
      for (const id of ids) seen.add(id);
      done += rows.length;
      await onProgress(done);
    }
    return done;
  }
}

/** Stored values encrypted with the current key start with this. */
export function currentPrefix(cipher: FieldCipher): string {
  return `enc:v1:${cipher.currentKeyId}:`;
}

export interface StepCount {
  label: string;
  count: number;
  drops?: boolean;
}

export interface RotationResult extends Record<string, unknown> {
  keyId: string;
  steps: StepCount[];
}

/**
 * The key rotation job: runs every registered step, so that afterwards no stored value needs
 * an older key and it can be removed from ENCRYPTION_KEYS.
 */
@Injectable()
export class KeyRotation {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly cipher: FieldCipher,
  ) {}

  /** The steps of every library in this process, in the order their modules were imported. */
  steps(): RotationStep[] {
    return this.discovery
      .getProviders()
      .filter(
        (w) =>
          !w.isAlias &&
          w.metatype &&
          w.instance &&
          this.reflector.get<boolean | undefined>(KEY_ROTATION_STEP, w.metatype as never),
      )
      .map((w) => w.instance as RotationStep);
  }

  async pending(): Promise<StepCount[]> {
    const counts: StepCount[] = [];
    for (const step of this.steps())
      counts.push({ label: step.label, count: await step.pending() });
    return counts;
  }

  @JobHandler(JobName.KeyRotation)
  async run(_data: unknown, progress: ProgressReporter): Promise<JobResult & RotationResult> {
    const pending = await this.pending();
    const total = pending.reduce((sum, s) => sum + s.count, 0);
    const steps: StepCount[] = [];
    let before = 0;
    await progress({ done: 0, total });
    for (const step of this.steps()) {
      const count = await step.rotate((done) =>
        progress({ done: Math.min(before + done, total), total, step: step.label }),
      );
      steps.push({ label: step.label, count, ...(step.drops ? { drops: true } : {}) });
      before += count;
    }
    await progress({ done: total, total });
    return { keyId: this.cipher.currentKeyId, steps };
  }
}

/** The key rotation job and its handler; the libraries bring their steps. */
@Module({ imports: [DiscoveryModule], providers: [KeyRotation], exports: [KeyRotation] })
export class KeyRotationModule {}
