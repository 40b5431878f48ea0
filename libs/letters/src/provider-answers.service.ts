import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@teilhabe/audit';
import { UsersService } from '@teilhabe/auth';
import { type Case, CaseAccess, isClosed } from '@teilhabe/cases';
import { type Actor, DomainException } from '@teilhabe/common';
import { LettersConfig } from '@teilhabe/config';
import { ContractsService, type PreparedContract, type UploadedFile } from '@teilhabe/contracts';
import { JobHandler, JobName, type JobPayloads, type JobResult, JobsService } from '@teilhabe/jobs';
import { MailService } from '@teilhabe/mail';
import { FacilitiesService } from '@teilhabe/providers';
import { EXCLUSION_PATTERN_LABELS } from '@teilhabe/rules';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { hashAnswerToken, isAnswerToken } from './answer-tokens';
import { ProviderAnswerDto } from './dto/provider-answer.dto';
import { AnswerLink } from './entities/answer-link.entity';
import { Letter } from './entities/letter.entity';
import { ProviderAnswer } from './entities/provider-answer.entity';
import { germanDate } from './german-dates';
import { nameOf } from './letter-composer';
import { LetterEvents } from './letter-events';
import { LETTER_KINDS } from './letter-kinds';
import {
  answerEmpty,
  answerLinkClosed,
  answerLinkExpired,
  answerLinkUnknown,
  answerLinkUsed,
  contractNotAsked,
} from './letters.exception';
import { LettersService } from './letters.service';
import { type ProviderAnswerReceipt, type ProviderRequestView } from './letters.views';

/** Who the request came from: the request id and the name the provider is recorded with. */
export interface AnswerClient {
  requestId?: string;
}

interface Resolved {
  link: AnswerLink;
  /** The letter answered (an advisory letter, also behind its reminder's link). */
  asked: Letter;
  /** The letter that carried the link. */
  carrier: Letter;
  caseRow: Case;
}

const VERDICT_WORDS: Record<string, string> = {
  unlawful: 'rechtswidrig',
  review: 'zu prüfen',
  lawful: 'unbedenklich',
};

/**
 * The provider's side of a letter: behind its link it reads what the office asks and answers
 * once, in words and/or with a revised contract, which the contracts library stores and the
 * rules check at once. Every use of a link (read, answer, refusal) is audited; the office is
 * told by the timeline and by e-mail.
 */
@Injectable()
export class ProviderAnswersService {
  private readonly logger = new Logger('ProviderAnswers');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: LettersConfig,
    private readonly letters: LettersService,
    private readonly cases: CaseAccess,
    private readonly contracts: ContractsService,
    private readonly facilities: FacilitiesService,
    private readonly users: UsersService,
    private readonly events: LetterEvents,
    private readonly jobs: JobsService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  /** What the letter behind the link asks: no personal data beyond what the letter said. */
  async request(token: string, client: AnswerClient): Promise<ProviderRequestView> {
    const resolved = await this.resolveAudited(token, client, 'read');
    const { link, asked, carrier, caseRow } = resolved;
    const m = this.dataSource.manager;
    const facility = (await this.facilities.labels([caseRow.facilityId], m)).get(
      caseRow.facilityId,
    )!;
    const findings = await this.contracts.findingsOf(m, caseRow.id);
    const answerDue = carrier.answerDue ?? asked.answerDue;
    await this.audit.record(this.actor(facility.provider.name, client), {
      action: 'answer_link.open',
      recordType: 'case',
      recordId: caseRow.id,
      details: { letterId: asked.id, linkId: link.id },
    });
    const templates = this.letters.templates;
    return {
      title: templates.title(asked.template),
      reference: caseRow.reference,
      letterDate: carrier.letterDate ?? asked.letterDate ?? '',
      answerDue,
      office: this.config.OFFICE_NAME,
      officePhone: this.config.OFFICE_PHONE,
      contact: await this.contact(m, caseRow, asked),
      provider: facility.provider.name,
      facility: facility.name,
      asks: templates.asks(asked.template, { dueDate: answerDue ? germanDate(answerDue) : '' }),
      findings: findings.map((f) => ({
        label: f.pattern ? EXCLUSION_PATTERN_LABELS[f.pattern] : 'Regelung zur Assistenz',
        verdict: VERDICT_WORDS[f.verdict] ?? f.verdict,
        norms: f.norms,
        explanation: f.explanation,
      })),
      acceptsContract: LETTER_KINDS[asked.template].acceptsContract,
      expiresAt: link.expiresAt.toISOString(),
    };
  }

  /**
   * The provider's answer: a text and/or a revised contract (PDF, DOCX, TXT), checked by the
   * rules at once. The link is used up, for every link of the same letter; the caseworker is
   * told (timeline, e-mail) and the follow-ups hear of it (LetterEvents.onAnswered).
   */
  async answer(
    token: string,
    dto: ProviderAnswerDto,
    file: UploadedFile | undefined,
    client: AnswerClient,
  ): Promise<ProviderAnswerReceipt> {
    const first = await this.resolveAudited(token, client, 'answer');
    const text = dto.text?.trim() ? dto.text : null;
    if (file && !LETTER_KINDS[first.asked.template].acceptsContract) throw contractNotAsked();
    if (!text && !file) throw answerEmpty();
    // Read before the transaction: extraction runs in a worker thread and holds no lock.
    const prepared: PreparedContract | null = file ? await this.contracts.prepare({ file }) : null;
    const providerName = await this.providerName(first.caseRow);
    const actor = this.actor(providerName, client);
    try {
      return await this.dataSource.transaction(async (m) => {
        const { link, asked, caseRow } = await this.resolve(m, token, true);
        const contract = prepared
          ? await this.contracts.store(m, caseRow.id, prepared, actor, null)
          : null;
        const answer = await m.save(
          m.create(ProviderAnswer, {
            letterId: asked.id,
            linkId: link.id,
            caseId: caseRow.id,
            text,
            contractId: contract?.id ?? null,
            verdict: contract?.verdict ?? null,
          }),
        );
        // One answer per letter: every link to it is used up.
        await m.update(
          AnswerLink,
          { letterId: asked.id, usedAt: IsNull() },
          { usedAt: answer.receivedAt },
        );
        await this.cases.recordEvent(m, caseRow.id, actor, 'provider_answered', {
          letterId: asked.id,
          answerId: answer.id,
          contractId: answer.contractId,
          verdict: answer.verdict,
          patterns: contract?.patterns ?? [],
          withText: text !== null,
        });
        await this.audit.record(
          actor,
          {
            action: 'answer_link.answer',
            recordType: 'case',
            recordId: caseRow.id,
            fields: [...(text ? ['text'] : []), ...(contract ? ['contract'] : [])],
            details: { letterId: asked.id, linkId: link.id, answerId: answer.id },
          },
          m,
        );
        await this.jobs.enqueue(
          { name: JobName.AnswerNotice, data: { answerId: answer.id } },
          { manager: m },
        );
        await this.events.emitAnswered(
          {
            letterId: asked.id,
            caseId: caseRow.id,
            contractId: answer.contractId,
            verdict: answer.verdict,
          },
          m,
        );
        return {
          receivedAt: answer.receivedAt.toISOString(),
          reference: caseRow.reference,
          contractReceived: contract !== null,
          message:
            `Vielen Dank. Ihre Antwort zum Aktenzeichen ${caseRow.reference} ist beim ${this.config.OFFICE_NAME} eingegangen` +
            (contract ? ', der überarbeitete Vertrag ebenso. Wir prüfen ihn' : '. Wir prüfen sie') +
            ' und melden uns bei Ihnen.',
        };
      });
    } catch (error) {
      // Another answer came first (a second tab, a double click): refused and audited.
      if (error instanceof DomainException && error.kind === 'gone') {
        await this.refused(client, error, first);
      }
      throw error;
    }
  }

  /** Tells the office of an answer: the case's assignee, else the district's team leads. */
  @JobHandler(JobName.AnswerNotice)
  async notice({ answerId }: JobPayloads[JobName.AnswerNotice]): Promise<JobResult> {
    if (!this.mail.available) return { skipped: 'no mail server (SMTP_URL)' };
    return this.dataSource.transaction(async (m): Promise<JobResult> => {
      const answer = await m.findOne(ProviderAnswer, {
        where: { id: answerId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!answer) return { skipped: 'no such answer' };
      if (answer.noticeSentAt) return { skipped: 'already told' };
      const caseRow = await this.cases.find(m, answer.caseId, null);
      const recipients = await this.officeRecipients(m, caseRow);
      if (recipients.length === 0) {
        this.logger.warn(`case ${caseRow.id}: nobody to tell of the provider's answer`);
        return { recipients: 0 };
      }
      const asked = await m.findOneOrFail(Letter, { where: { id: answer.letterId } });
      const text = this.letters.templates.renderMail('answer-notice', {
        reference: caseRow.reference,
        provider: { name: await this.providerName(caseRow, m) },
        letterTitle: this.letters.templates.title(asked.template),
        letterDate: asked.letterDate ? germanDate(asked.letterDate) : '',
        contract: answer.contractId !== null,
        verdict: answer.verdict ? VERDICT_WORDS[answer.verdict] : null,
        text: answer.text !== null,
        caseUrl: `${this.config.PUBLIC_URL}/faelle/${caseRow.id}`,
      });
      await this.mail.send({
        to: recipients.join(', '),
        subject: `Az. ${caseRow.reference} – Antwort des Trägers eingegangen`,
        text,
        id: `answer-${answer.id}`,
      });
      await m.update(ProviderAnswer, answer.id, { noticeSentAt: new Date() });
      return { recipients: recipients.length };
    });
  }

  private async officeRecipients(m: EntityManager, caseRow: Case): Promise<string[]> {
    if (caseRow.assigneeId) {
      const email = (await this.users.staffNames([caseRow.assigneeId], m)).get(caseRow.assigneeId);
      if (email) return [email];
    }
    const district = await this.cases.districtOf(m, caseRow);
    return (await this.users.caseStaff(district, m))
      .filter((s) => s.role === 'team_lead')
      .map((s) => s.email);
  }

  /** The link's letter and case, refusing (and auditing) a link that does not work. */
  private async resolveAudited(
    token: string,
    client: AnswerClient,
    use: 'read' | 'answer',
  ): Promise<Resolved> {
    try {
      return await this.resolve(this.dataSource.manager, token, false);
    } catch (error) {
      if (error instanceof DomainException) await this.refused(client, error, null, use);
      throw error;
    }
  }

  private async resolve(m: EntityManager, token: string, lock: boolean): Promise<Resolved> {
    if (!isAnswerToken(token)) throw answerLinkUnknown();
    const link = await m.findOne(AnswerLink, {
      where: { tokenHash: hashAnswerToken(token) },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!link) throw answerLinkUnknown();
    const caseRow = await this.cases.find(m, link.caseId, null);
    const asked = await m.findOneOrFail(Letter, { where: { id: link.letterId } });
    const carrier =
      link.issuedWithLetterId === asked.id
        ? asked
        : await m.findOneOrFail(Letter, { where: { id: link.issuedWithLetterId } });
    const resolved = { link, asked, carrier, caseRow };
    if (link.usedAt) throw Object.assign(answerLinkUsed(), { resolved });
    if (link.expiresAt.getTime() <= Date.now())
      throw Object.assign(answerLinkExpired(), { resolved });
    if (isClosed(caseRow.status) || caseRow.pseudonymisedAt) {
      throw Object.assign(answerLinkClosed(), { resolved });
    }
    return resolved;
  }

  /** A refused use of a link, in the audit log (never the token). */
  private async refused(
    client: AnswerClient,
    error: DomainException,
    known: Resolved | null,
    use: 'read' | 'answer' = 'answer',
  ): Promise<void> {
    const resolved = known ?? (error as DomainException & { resolved?: Resolved }).resolved ?? null;
    await this.audit.record(this.actor('unbekannt', client), {
      action: 'answer_link.refused',
      recordType: resolved ? 'case' : undefined,
      recordId: resolved?.caseRow.id,
      details: {
        use,
        reason: error.code,
        ...(resolved ? { letterId: resolved.asked.id, linkId: resolved.link.id } : {}),
      },
    });
  }

  private actor(provider: string, client: AnswerClient): Actor {
    return { id: null, name: `Träger ${provider} (Antwort-Link)`, requestId: client.requestId };
  }

  private async providerName(
    caseRow: Case,
    m: EntityManager = this.dataSource.manager,
  ): Promise<string> {
    const facility = (await this.facilities.labels([caseRow.facilityId], m)).get(
      caseRow.facilityId,
    );
    return facility?.provider.name ?? 'unbekannt';
  }

  /** The Ansprechperson the letter named. */
  private async contact(m: EntityManager, caseRow: Case, asked: Letter): Promise<string> {
    const assignee = caseRow.assigneeId
      ? (await this.users.staffNames([caseRow.assigneeId], m)).get(caseRow.assigneeId)
      : undefined;
    const email = assignee ?? asked.sentByName ?? null;
    return email && email.includes('@') ? nameOf(email) : this.config.OFFICE_NAME;
  }
}
