import { districtScope } from '@teilhabe/auth';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@teilhabe/audit';
import { type Case, caseClosed, CaseFindingSources, CaseAccess, isClosed } from '@teilhabe/cases';
import { type Actor, cleanFileName } from '@teilhabe/common';
import {
  checkText,
  type ContractPatternFinding,
  type Finding,
  type ExclusionPattern,
  ruleSetVersion,
  type Setting,
  settingOfFacility,
  type TextCheck,
} from '@teilhabe/rules';
import {
  JobHandler,
  JobName,
  type JobPayloads,
  type JobResult,
  JobsService,
  type JobView,
  type ProgressReporter,
} from '@teilhabe/jobs';
import { createHash } from 'node:crypto';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import {
  contractNotFound,
  contractWithdrawn,
  recheckJobNotFound,
  fromExtractionError,
  textOrFile,
  textTooLong,
} from './contracts.exception';
import { type ContractView } from './contracts.views';
import { MAX_CHECK_TEXT } from './dto/check-text.dto';
import { type WithdrawContractDto } from './dto/withdraw-contract.dto';
import { type AddContractDto } from './dto/add-contract.dto';
import { CareContract } from './entities/care-contract.entity';
import { DocumentExtractionError, extractInWorker } from './extraction';

export interface UploadedFile {
  buffer: Buffer;
  originalname: string;
  size: number;
}

/** A contract's text read from what was sent, ready to be checked and stored. */
export interface PreparedContract {
  text: string;
  source: CareContract['source'];
  fileName: string | null;
  file: UploadedFile | null;
}

export interface RecheckResult {
  ruleSetVersion: string;
  checked: number;
  changed: number;
}

const MEDIA_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain; charset=utf-8',
  text: 'text/plain; charset=utf-8',
} as const;

@Injectable()
export class ContractsService implements OnModuleInit {
  private readonly logger = new Logger(ContractsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly caseFindings: CaseFindingSources,
    private readonly jobs: JobsService,
    private readonly cases: CaseAccess,
  ) {}

  onModuleInit(): void {
    this.caseFindings.register((caseId) => this.patternsFound(caseId));
  }

  /** What the rules found in a case's contracts, for the case's assessment (not audited here). */
  private async patternsFound(caseId: string): Promise<ContractPatternFinding[]> {
    // A withdrawn contract (uploaded by mistake) says nothing about the case.
    const contracts = await this.dataSource.manager.find(CareContract, {
      where: { caseId, withdrawnAt: IsNull() },
      select: { id: true, findings: true },
    });
    const found = new Map<ExclusionPattern, ContractPatternFinding>();
    for (const finding of contracts.flatMap((c) => c.findings)) {
      if (finding.verdict === 'lawful' || finding.pattern === null) continue;
      // The most serious verdict of a pattern across the contracts stands.
      if (found.get(finding.pattern)?.verdict !== 'unlawful') {
        found.set(finding.pattern, { pattern: finding.pattern, verdict: finding.verdict });
      }
    }
    return [...found.values()];
  }

  /** Stores a contract (text or file) on a case with its findings, on the timeline. */
  async add(
    caseId: string,
    dto: AddContractDto,
    file: UploadedFile | undefined,
    actor: Actor,
  ): Promise<ContractView> {
    if ((dto.text === undefined) === (file === undefined)) throw textOrFile();
    // The case must exist, be the caller's and be open before a file is even read.
    assertOpen(await this.inScope(caseId, actor));
    const prepared = await this.prepare({ text: dto.text, file });
    const saved = await this.dataSource.transaction((m) =>
      this.store(m, caseId, prepared, actor, districtScope(actor)),
    );
    return toView(saved, true);
  }

  /**
   * Reads a contract's text from what was sent (extracting a file's in a worker thread), before
   * any transaction: a long extraction must hold no lock. German errors for what cannot be read.
   */
  async prepare(input: { text?: string; file?: UploadedFile }): Promise<PreparedContract> {
    const { file } = input;
    let text: string;
    let source: CareContract['source'] = 'text';
    let fileName: string | null = null;
    if (file) {
      try {
        const extracted = await extractInWorker(file.buffer, file.originalname);
        if (extracted.truncated) throw textTooLong(MAX_CHECK_TEXT);
        text = extracted.text;
        source = extracted.kind;
        // Stored and offered for download again: no path, no control characters.
        fileName = cleanFileName(file.originalname, `vertrag.${extracted.kind}`);
      } catch (error) {
        if (error instanceof DocumentExtractionError) throw fromExtractionError(error);
        throw error;
      }
    } else if (input.text !== undefined) text = input.text;
    else throw textOrFile();
    // PostgreSQL refuses NUL in text; a document may hold some.
    text = text.replaceAll('\u0000', '');
    // A document is judged whole or not at all: text the rules never read is never "lawful".
    if (text.length > MAX_CHECK_TEXT) throw textTooLong(MAX_CHECK_TEXT);
    return { text, source, fileName, file: file ?? null };
  }

  /**
   * Checks a prepared contract by the rules and stores it on an open case within `scope`
   * (district ids; null: any), in the caller's transaction: on the timeline with its verdict,
   * and audited. Another library uses it for a contract that reached it (a provider's answer).
   */
  async store(
    m: EntityManager,
    caseId: string,
    prepared: PreparedContract,
    actor: Actor,
    scope: string[] | null,
  ): Promise<CareContract> {
    const { text, source, fileName, file } = prepared;
    const target = assertOpen(await this.cases.lock(m, caseId, scope));
    const setting = await this.settingOfCase(m, target);
    const result = checkText(text, setting);
    const contract = m.create(CareContract, {
      caseId,
      source,
      fileName,
      sizeBytes: file ? file.size : Buffer.byteLength(text, 'utf8'),
      document: file ? file.buffer.toString('base64') : null,
      text,
      ...this.outcome(result),
      createdBy: actor.id,
    });
    await m.save(CareContract, contract);
    await this.cases.recordEvent(m, caseId, actor, 'contract_checked', {
      contractId: contract.id,
      source,
      sha256: file ? createHash('sha256').update(file.buffer).digest('hex') : undefined,
      verdict: result.verdict,
      patterns: contract.patterns,
      findings: result.findings.length,
      ruleSetVersion: result.ruleSetVersion,
    });
    await this.audit.record(
      actor,
      {
        action: 'contract.create',
        recordType: 'case',
        recordId: caseId,
        fields: file ? ['document', 'text', 'findings'] : ['text', 'findings'],
        details: { contractId: contract.id },
      },
      m,
    );
    return contract;
  }

  /**
   * What the rules found in a case's contracts that are not withdrawn (lawful passages left
   * out), each finding once, oldest contract first: for a letter to the provider. Read in the
   * caller's transaction; not audited here (the letter is).
   */
  async findingsOf(m: EntityManager, caseId: string): Promise<Finding[]> {
    const contracts = await m.find(CareContract, {
      where: { caseId, withdrawnAt: IsNull() },
      select: { id: true, findings: true, createdAt: true },
      order: { createdAt: 'ASC' },
    });
    const seen = new Set<string>();
    const found: Finding[] = [];
    for (const finding of contracts.flatMap((c) => c.findings)) {
      if (finding.verdict === 'lawful') continue;
      const key = `${finding.ruleId}\u0000${finding.evidence.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push(finding);
    }
    return found;
  }

  async list(caseId: string, actor: Actor): Promise<ContractView[]> {
    await this.inScope(caseId, actor);
    // Without document and text: a list must not decrypt megabytes to show metadata.
    const contracts = await this.dataSource.manager.find(CareContract, {
      select: SUMMARY_COLUMNS,
      where: { caseId },
      order: { createdAt: 'ASC' },
    });
    await this.audit.record(actor, {
      action: 'contract.list',
      recordType: 'case',
      recordId: caseId,
      fields: ['findings'],
    });
    return contracts.map((c) => toView(c, false));
  }

  async read(caseId: string, contractId: string, actor: Actor): Promise<ContractView> {
    const contract = await this.find(caseId, contractId, actor);
    await this.audit.record(actor, {
      action: 'contract.read',
      recordType: 'case',
      recordId: caseId,
      fields: ['text', 'findings'],
      details: { contractId },
    });
    return toView(contract, true);
  }

  /** The document as it was uploaded (or the typed text as a text file). */
  async document(
    caseId: string,
    contractId: string,
    actor: Actor,
  ): Promise<{ body: Buffer; mediaType: string; fileName: string }> {
    const contract = await this.find(caseId, contractId, actor);
    await this.audit.record(actor, {
      action: 'contract.document',
      recordType: 'case',
      recordId: caseId,
      fields: ['document'],
      details: { contractId },
    });
    const body = contract.document
      ? Buffer.from(contract.document, 'base64')
      : Buffer.from(contract.text, 'utf8');
    return {
      body,
      mediaType: MEDIA_TYPES[contract.source],
      fileName: contract.fileName ?? `vertrag-${contract.id.slice(0, 8)}.txt`,
    };
  }

  /**
   * Withdraws a contract uploaded by mistake (to the wrong case, the wrong document): it
   * stays stored for the audit, but no longer counts in the case's findings and is not
   * checked again. Not on a closed case, whose record stays as it was closed.
   */
  async withdraw(
    caseId: string,
    contractId: string,
    dto: WithdrawContractDto,
    actor: Actor,
  ): Promise<ContractView> {
    await this.find(caseId, contractId, actor);
    const contract = await this.dataSource.transaction(async (m) => {
      assertOpen(await this.cases.lock(m, caseId, districtScope(actor)));
      const target = await m.findOneOrFail(CareContract, {
        select: SUMMARY_COLUMNS,
        where: { id: contractId, caseId },
        lock: { mode: 'pessimistic_write' },
      });
      if (target.withdrawnAt) throw contractWithdrawn();
      const withdrawal = {
        withdrawnAt: new Date(),
        withdrawnBy: actor.name,
        withdrawalReason: dto.reason,
      };
      await m.update(CareContract, contractId, withdrawal);
      await this.cases.recordEvent(
        m,
        caseId,
        actor,
        'contract_withdrawn',
        { contractId, verdict: target.verdict, patterns: target.patterns },
        dto.reason,
      );
      await this.audit.record(
        actor,
        {
          action: 'contract.withdraw',
          recordType: 'case',
          recordId: caseId,
          fields: ['withdrawn'],
          details: { contractId },
        },
        m,
      );
      return { ...target, ...withdrawal };
    });
    return toView(contract, false);
  }

  /** Checks one stored contract again with the rules of today. */
  async recheck(caseId: string, contractId: string, actor: Actor): Promise<ContractView> {
    const found = await this.find(caseId, contractId, actor);
    if (found.withdrawnAt) throw contractWithdrawn();
    assertOpen(await this.inScope(caseId, actor));
    const contract = await this.dataSource.transaction((m) =>
      this.recheckOne(m, contractId, actor),
    );
    return toView(contract, true);
  }

  /**
   * Asks for the re-check of every outdated contract in the caller's districts, as a job. The
   * job and its audit entry are one transaction: there is no job nobody asked for on record.
   */
  async requestRecheck(actor: Actor): Promise<JobView> {
    const id = await this.dataSource.transaction(async (m) => {
      const jobId = await this.jobs.enqueue(
        {
          name: JobName.ContractsRecheck,
          data: {
            actor: {
              id: actor.id!,
              name: actor.name,
              role: actor.role!,
              districtIds: actor.districtIds ?? [],
            },
          },
        },
        { manager: m },
      );
      await this.audit.record(
        actor,
        { action: 'contract.recheck_requested', details: { jobId } },
        m,
      );
      return jobId;
    });
    return (await this.jobs.get(id))!;
  }

  /** The requester's re-check job: its status, progress and, once done, its result. */
  async recheckJob(jobId: string, actor: Actor): Promise<JobView> {
    const job = await this.jobs.getOwn(jobId, JobName.ContractsRecheck, actor.id!);
    if (!job) throw recheckJobNotFound();
    return job;
  }

  @JobHandler(JobName.ContractsRecheck)
  async runRecheckJob(
    data: JobPayloads[JobName.ContractsRecheck],
    progress: ProgressReporter,
  ): Promise<JobResult> {
    await progress({ done: 0 });
    const result = await this.recheckOutdated(data.actor, (done, total) =>
      progress({ done, total }),
    );
    return { ...result };
  }

  /**
   * Checks again every contract in the caller's districts that an older rule set judged,
   * each in its own transaction; `onProgress` hears how far it got, first with 0 done.
   */
  async recheckOutdated(
    actor: Actor,
    onProgress: (done: number, total: number) => void | Promise<void> = () => undefined,
  ): Promise<RecheckResult> {
    const version = ruleSetVersion();
    const scope = districtScope(actor);
    const outdated = await this.dataSource.manager
      .createQueryBuilder(CareContract, 'k')
      .select('k.id', 'id')
      .addSelect('k.case_id', 'caseId')
      .where('k.rule_set_version <> :version', { version })
      .andWhere('k.withdrawn_at IS NULL')
      .orderBy('k.created_at', 'ASC')
      .getRawMany<{ id: string; caseId: string }>();
    // Closed cases keep the findings they were closed with.
    const open = await this.cases.openOf(
      this.dataSource.manager,
      outdated.map((k) => k.caseId),
      scope,
    );
    const ids = outdated.filter((k) => open.has(k.caseId)).map((k) => k.id);
    let changed = 0;
    // The total at once, so that a re-check with nothing to do shows 0 of 0.
    await onProgress(0, ids.length);
    // One transaction per contract: a case is locked only while its contract is checked.
    for (let i = 0; i < ids.length; i++) {
      await this.dataSource.transaction(async (m) => {
        const before = await m.findOneOrFail(CareContract, {
          select: { ...SUMMARY_COLUMNS, text: true },
          where: { id: ids[i] },
        });
        const after = await this.recheckOne(m, ids[i], actor, before);
        if (after.verdict !== before.verdict || after.patterns.join() !== before.patterns.join())
          changed++;
      });
      if ((i + 1) % 50 === 0 || i + 1 === ids.length) await onProgress(i + 1, ids.length);
    }
    this.logger.log(`re-checked ${ids.length} contracts with rule set ${version}`);
    return { ruleSetVersion: version, checked: ids.length, changed };
  }

  private async recheckOne(
    m: EntityManager,
    contractId: string,
    actor: Actor,
    loaded?: CareContract,
  ): Promise<CareContract> {
    const contract = loaded
      ? { ...loaded }
      : await m.findOneOrFail(CareContract, {
          select: { ...SUMMARY_COLUMNS, text: true },
          where: { id: contractId },
          lock: { mode: 'pessimistic_write' },
        });
    const caseRow = await this.cases.lock(m, contract.caseId, null);
    const setting = await this.settingOfCase(m, caseRow);
    const previous = { verdict: contract.verdict, ruleSetVersion: contract.ruleSetVersion };
    const result = checkText(contract.text, setting);
    Object.assign(contract, this.outcome(result));
    await m.update(CareContract, contract.id, {
      verdict: contract.verdict,
      patterns: contract.patterns,
      findings: contract.findings,
      ruleSetVersion: contract.ruleSetVersion,
      checkedAt: contract.checkedAt,
    });
    await this.cases.recordEvent(m, contract.caseId, actor, 'contract_rechecked', {
      contractId: contract.id,
      from: previous,
      to: { verdict: result.verdict, ruleSetVersion: result.ruleSetVersion },
      patterns: contract.patterns,
    });
    await this.audit.record(
      actor,
      {
        action: 'contract.recheck',
        recordType: 'case',
        recordId: contract.caseId,
        fields: ['findings'],
        details: { contractId: contract.id },
      },
      m,
    );
    return contract;
  }

  private outcome(result: TextCheck) {
    const patterns = [
      ...new Set(
        result.findings
          .filter((f) => f.verdict !== 'lawful' && f.pattern !== null)
          .map((f) => f.pattern!),
      ),
    ];
    return {
      verdict: result.verdict,
      patterns,
      findings: result.findings,
      ruleSetVersion: result.ruleSetVersion,
      checkedAt: new Date(),
    };
  }

  private async settingOfCase(m: EntityManager, c: Case): Promise<Setting> {
    return settingOfFacility(await this.cases.facilityKind(m, c));
  }

  private inScope(caseId: string, actor: Actor): Promise<Case> {
    return this.cases.find(this.dataSource.manager, caseId, districtScope(actor));
  }

  private async find(caseId: string, contractId: string, actor: Actor): Promise<CareContract> {
    await this.inScope(caseId, actor);
    const contract = await this.dataSource.manager.findOne(CareContract, {
      where: { id: contractId, caseId },
    });
    if (!contract) throw contractNotFound();
    return contract;
  }
}

/** Every column but the document and the text. */
const SUMMARY_COLUMNS = {
  id: true,
  caseId: true,
  source: true,
  fileName: true,
  sizeBytes: true,
  verdict: true,
  patterns: true,
  findings: true,
  ruleSetVersion: true,
  checkedAt: true,
  createdBy: true,
  createdAt: true,
  withdrawnAt: true,
  withdrawnBy: true,
  withdrawalReason: true,
} as const;

/** Contracts belong to the record of an open case; a closed one keeps what it had. */
function assertOpen(c: Case): Case {
  if (isClosed(c.status) || c.pseudonymisedAt) throw caseClosed(c.status);
  return c;
}

function toView(c: CareContract, withText: boolean): ContractView {
  return {
    id: c.id,
    caseId: c.caseId,
    source: c.source,
    fileName: c.fileName,
    sizeBytes: c.sizeBytes,
    verdict: c.verdict,
    patterns: c.patterns,
    findings: withText
      ? c.findings
      : c.findings.map(({ evidence, ...finding }) => ({
          ...finding,
          evidence: { start: evidence.start, end: evidence.end },
        })),
    ruleSetVersion: c.ruleSetVersion,
    outdated: c.ruleSetVersion !== ruleSetVersion(),
    checkedAt: c.checkedAt.toISOString(),
    createdAt: c.createdAt.toISOString(),
    withdrawn: c.withdrawnAt
      ? { at: c.withdrawnAt.toISOString(), by: c.withdrawnBy ?? '', reason: c.withdrawalReason }
      : null,
    ...(withText ? { text: c.text } : {}),
  };
}
