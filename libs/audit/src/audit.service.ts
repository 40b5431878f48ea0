import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor } from '@teilhabe/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditEntry } from './entities/audit-entry.entity';

export interface AuditRecord {
  action: string;
  recordType?: string;
  recordId?: string;
  fields?: string[];
  details?: Record<string, unknown>;
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
}
