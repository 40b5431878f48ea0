import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type Actor,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  InvalidInputException,
  type Page,
  toPage,
} from '@teilhabe/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditQueryDto } from './dto/audit-query.dto';
import { AuditEntry } from './entities/audit-entry.entity';
import { fieldPaths } from './field-paths';

export interface AuditRecord {
  action: string;
  recordType?: string;
  recordId?: string;
  fields?: string[];
  details?: Record<string, unknown>;
}

export class AuditActorView {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null: the system' })
  id!: string | null;
  @ApiProperty() name!: string;
}

/** One entry of the audit log: who, which request, what, which record, which fields. */
export class AuditView {
  @ApiProperty() id!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ type: () => AuditActorView }) actor!: AuditActorView;
  @ApiProperty({ example: 'case.read' }) action!: string;
  @ApiProperty({ type: String, nullable: true }) recordType!: string | null;
  @ApiProperty({ type: String, nullable: true }) recordId!: string | null;
  @ApiProperty({ type: [String], description: 'Names of the fields, never their values' })
  fields!: string[];
  @ApiProperty({ type: String, nullable: true }) requestId!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  details!: Record<string, unknown> | null;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Writes an entry. Pass the transaction's manager for a change, so that the change and its
   * entry are committed together or not at all.
   */
  async record(actor: Actor, entry: AuditRecord, manager?: EntityManager): Promise<void> {
    const m = manager ?? this.dataSource.manager;
    await m.insert(AuditEntry, {
      actorId: actor.id,
      actorName: actor.name,
      action: entry.action,
      recordType: entry.recordType ?? null,
      recordId: entry.recordId ?? null,
      fields: entry.fields ?? [],
      requestId: actor.requestId ?? null,
      details: (entry.details ?? null) as object | null,
    });
  }

  async list(query: AuditQueryDto): Promise<Page<AuditView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const qb = this.filtered(query)
      .orderBy('a.id', 'DESC')
      .limit(limit + 1);
    if (query.cursor) {
      const [id] = decodeCursor<[string]>(query.cursor, ['text']);
      if (!/^\d{1,19}$/.test(id)) throw invalidCursor();
      qb.andWhere('a.id < CAST(:id AS bigint)', { id });
    }
    return toPage(await qb.getMany(), limit, toAuditView, (a) => [a.id]);
  }

  /** All matching entries as CSV, oldest first, in batches; the export itself is audited. */
  async *exportCsv(query: AuditQueryDto, actor: Actor): AsyncGenerator<string> {
    await this.record(actor, {
      action: 'audit.export',
      recordType: 'audit',
      details: { filters: fieldPaths(query) },
    });
    yield CSV_HEADER;
    let after = '0';
    for (;;) {
      const rows = await this.filtered(query)
        .andWhere('a.id > CAST(:after AS bigint)', { after })
        .orderBy('a.id', 'ASC')
        .limit(1000)
        .getMany();
      if (rows.length === 0) return;
      yield rows.map(toCsvLine).join('');
      after = rows[rows.length - 1].id;
    }
  }

  private filtered(query: AuditQueryDto) {
    const qb = this.dataSource.getRepository(AuditEntry).createQueryBuilder('a');
    if (query.action) qb.andWhere('a.action = :action', { action: query.action });
    if (query.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: query.actorId });
    if (query.recordType)
      qb.andWhere('a.record_type = :recordType', { recordType: query.recordType });
    if (query.recordId) qb.andWhere('a.record_id = :recordId', { recordId: query.recordId });
    // Days are days in Europe/Berlin, the office's time zone: midnight there, as a moment. (A
    // date "AT TIME ZONE" would first be taken as midnight in the session's zone and converted
    // the other way, an hour or two off.)
    if (query.from)
      qb.andWhere(
        `a.occurred_at >= (CAST(:from AS date)::timestamp AT TIME ZONE 'Europe/Berlin')`,
        { from: query.from },
      );
    if (query.to)
      qb.andWhere(
        `a.occurred_at < ((CAST(:to AS date) + 1)::timestamp AT TIME ZONE 'Europe/Berlin')`,
        { to: query.to },
      );
    return qb;
  }
}

const CSV_HEADER =
  'id,occurred_at,actor_id,actor_name,action,record_type,record_id,fields,request_id,details\r\n';

/** RFC 4180 quoting; a leading =, +, - or @ is defused so that spreadsheets do not run it. */
function csvCell(value: string | null): string {
  if (value === null) return '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n']/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function toCsvLine(a: AuditEntry): string {
  return (
    [
      a.id,
      a.occurredAt.toISOString(),
      a.actorId,
      a.actorName,
      a.action,
      a.recordType,
      a.recordId,
      a.fields.join(' '),
      a.requestId,
      a.details ? JSON.stringify(a.details) : null,
    ]
      .map(csvCell)
      .join(',') + '\r\n'
  );
}

function toAuditView(a: AuditEntry): AuditView {
  return {
    id: a.id,
    occurredAt: a.occurredAt.toISOString(),
    actor: { id: a.actorId, name: a.actorName },
    action: a.action,
    recordType: a.recordType,
    recordId: a.recordId,
    fields: a.fields,
    requestId: a.requestId,
    details: a.details,
  };
}

const invalidCursor = () =>
  new InvalidInputException([
    { field: 'cursor', code: 'invalid_cursor', message: 'ist kein gültiger Blätter-Verweis.' },
  ]);
