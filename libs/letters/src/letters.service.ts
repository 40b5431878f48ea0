import { districtScope } from '@teilhabe/auth';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@teilhabe/audit';
import { type Case, CaseAccess } from '@teilhabe/cases';
import { type Actor } from '@teilhabe/common';
import { durationMs, LettersConfig } from '@teilhabe/config';
import { JobName, JobsService } from '@teilhabe/jobs';
import { MailService, mailUnavailable } from '@teilhabe/mail';
import { DataSource, type EntityManager } from 'typeorm';
import { hashAnswerToken, newAnswerToken } from './answer-tokens';
import { AnswerLink } from './entities/answer-link.entity';
import { Letter } from './entities/letter.entity';
import { ProviderAnswer } from './entities/provider-answer.entity';
import {
  FACT_LABELS,
  guardianRecipient,
  LetterComposer,
  type Composition,
} from './letter-composer';
import { LetterEvents } from './letter-events';
import { LETTER_KINDS, REMINDABLE } from './letter-kinds';
import {
  caseErased,
  consentMissing,
  letterNotDraft,
  letterNotFound,
  regardingInvalid,
} from './letters.exception';
import { type DisclosureView, type LetterView } from './letters.views';
import { type CreateLetterDto, type UpdateLetterDto } from './dto/letter.dto';
import { renderLetterPdf } from './render/letter-pdf';
import { builtInTemplatesDir, LetterTemplates } from './render/letter-templates';

/**
 * The office's letters on a case: drafts, their preview, the consent check, sending by e-mail
 * (a job on the outbox, mailed once) or by post (marked sent by the caseworker). Every step is
 * on the case's timeline and in the audit log; scoped to the caller's districts like the case.
 */
@Injectable()
export class LettersService implements OnModuleInit {
  private templateSet!: LetterTemplates;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: LettersConfig,
    private readonly cases: CaseAccess,
    private readonly composer: LetterComposer,
    private readonly events: LetterEvents,
    private readonly jobs: JobsService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  /** Reads and checks the templates at start: a broken template stops the process here. */
  onModuleInit(): void {
    this.templateSet = LetterTemplates.load(
      this.config.LETTER_TEMPLATES_DIR ?? builtInTemplatesDir(),
    );
  }

  get templates(): LetterTemplates {
    return this.templateSet;
  }

  async create(caseId: string, dto: CreateLetterDto, actor: Actor): Promise<LetterView> {
    const kind = LETTER_KINDS[dto.template];
    if (dto.template === 'reminder' && !dto.regardingLetterId) {
      throw regardingInvalid('Eine Erinnerung braucht das Schreiben, an das sie erinnert.');
    }
    if (dto.template !== 'reminder' && dto.regardingLetterId) {
      throw regardingInvalid('Nur eine Erinnerung bezieht sich auf ein früheres Schreiben.');
    }
    const id = await this.dataSource.transaction(async (m) => {
      const target = await this.cases.lock(m, caseId, districtScope(actor));
      if (target.pseudonymisedAt) throw caseErased();
      if (dto.regardingLetterId) await this.checkRegarding(m, caseId, dto.regardingLetterId);
      const consent =
        kind.recipient === 'provider'
          ? await this.cases.activeConsent(m, caseId, 'provider')
          : null;
      const letter = m.create(Letter, {
        caseId,
        template: dto.template,
        recipient: kind.recipient,
        delivery: dto.delivery,
        status: 'draft',
        // By default a letter to the provider shows the entrusted facts only with consent.
        includeFacts: kind.recipient === 'provider' ? (dto.includeFacts ?? consent !== null) : true,
        regardingLetterId: dto.regardingLetterId ?? null,
        createdById: actor.id,
        createdByName: actor.name,
      });
      // Where it would go must exist before it is drafted: 400 naming `delivery` otherwise.
      this.checkRecipient(letter, target);
      await m.save(letter);
      await this.cases.recordEvent(m, caseId, actor, 'letter_drafted', {
        letterId: letter.id,
        template: letter.template,
        recipient: letter.recipient,
        delivery: letter.delivery,
      });
      await this.audit.record(
        actor,
        {
          action: 'letter.create',
          recordType: 'case',
          recordId: caseId,
          fields: ['letters'],
          details: { letterId: letter.id, template: letter.template },
        },
        m,
      );
      return letter.id;
    });
    return this.view(await this.find(id, actor));
  }

  async list(caseId: string, actor: Actor): Promise<LetterView[]> {
    await this.cases.find(this.dataSource.manager, caseId, districtScope(actor));
    const letters = await this.dataSource.manager.find(Letter, {
      where: { caseId },
      select: SUMMARY_COLUMNS,
      order: { createdAt: 'ASC' },
    });
    await this.audit.record(actor, {
      action: 'letter.list',
      recordType: 'case',
      recordId: caseId,
      fields: ['letters'],
    });
    const views: LetterView[] = [];
    for (const letter of letters) views.push(await this.view(letter));
    return views;
  }

  async read(id: string, actor: Actor): Promise<LetterView> {
    const letter = await this.find(id, actor);
    await this.audit.record(actor, {
      action: 'letter.read',
      recordType: 'case',
      recordId: letter.caseId,
      fields: ['letters'],
      details: { letterId: id },
    });
    return this.view(letter);
  }

  /** Changes a draft: how it goes, and whether it shows the entrusted facts. */
  async update(id: string, dto: UpdateLetterDto, actor: Actor): Promise<LetterView> {
    const found = await this.find(id, actor);
    await this.dataSource.transaction(async (m) => {
      const target = await this.cases.lock(m, found.caseId, districtScope(actor));
      const letter = await this.lockLetter(m, id);
      if (letter.status !== 'draft') throw letterNotDraft(letter.status);
      const changed = Object.entries(dto).filter(
        ([key, value]) => value !== undefined && letter[key as keyof UpdateLetterDto] !== value,
      );
      if (changed.length === 0) return;
      if (dto.delivery !== undefined) letter.delivery = dto.delivery;
      if (dto.includeFacts !== undefined && letter.recipient === 'provider') {
        letter.includeFacts = dto.includeFacts;
      }
      this.checkRecipient(letter, target);
      await m.save(letter);
      await this.audit.record(
        actor,
        {
          action: 'letter.update',
          recordType: 'case',
          recordId: letter.caseId,
          fields: changed.map(([key]) => key),
          details: { letterId: id },
        },
        m,
      );
    });
    return this.view(await this.find(id, actor));
  }

  /** A draft thrown away: kept (on the timeline and in the audit log), never sent. */
  async discard(id: string, actor: Actor): Promise<LetterView> {
    const found = await this.find(id, actor);
    await this.dataSource.transaction(async (m) => {
      await this.cases.lock(m, found.caseId, districtScope(actor));
      const letter = await this.lockLetter(m, id);
      if (letter.status !== 'draft') throw letterNotDraft(letter.status);
      await m.update(Letter, id, { status: 'discarded', discardedAt: new Date() });
      await this.cases.recordEvent(m, letter.caseId, actor, 'letter_discarded', {
        letterId: id,
        template: letter.template,
      });
      await this.audit.record(
        actor,
        {
          action: 'letter.discard',
          recordType: 'case',
          recordId: letter.caseId,
          fields: ['letters'],
          details: { letterId: id },
        },
        m,
      );
    });
    return this.view(await this.find(id, actor));
  }

  /**
   * The PDF: the letter as sent, or, for a draft, a preview of exactly what the recipient
   * would see (marked as a draft; the answer link is made when it is sent).
   */
  async pdf(id: string, actor: Actor): Promise<{ body: Buffer; fileName: string }> {
    const letter = await this.find(id, actor, true);
    let body: Buffer;
    if (letter.pdf) body = Buffer.from(letter.pdf, 'base64');
    else {
      const m = this.dataSource.manager;
      const caseRow = await this.cases.find(m, letter.caseId, districtScope(actor));
      if (caseRow.pseudonymisedAt) throw caseErased();
      const composition = await this.composer.compose(m, this.templates, letter, caseRow, {
        at: new Date(),
        answerLink: null,
        actorEmail: actor.name,
        draft: true,
      });
      body = await renderLetterPdf(composition.document);
    }
    await this.audit.record(actor, {
      action: letter.status === 'draft' ? 'letter.preview' : 'letter.pdf',
      recordType: 'case',
      recordId: letter.caseId,
      fields: ['letters'],
      details: { letterId: id },
    });
    return {
      body,
      fileName: `${this.templates.title(letter.template)} ${letter.id.slice(0, 8)}.pdf`,
    };
  }

  /**
   * Sends a draft. The consent check first: a letter to the provider that shows entrusted
   * facts without the parents' standing consent is refused (409 consent_missing). Then the
   * letter is rendered as it goes out (date, answer date, answer link) and stored; an e-mail is
   * enqueued in the same transaction (the worker mails it once), a letter by post is sent now.
   * A letter whose mailing failed for good is enqueued again.
   */
  async send(id: string, actor: Actor): Promise<LetterView> {
    const found = await this.find(id, actor);
    // Read before the transaction: the job's row belongs to the job layer.
    const failed =
      found.status === 'queued' &&
      (!found.jobId || (await this.jobs.get(found.jobId))?.status === 'failed');
    await this.dataSource.transaction(async (m) => {
      const target = await this.cases.lock(m, found.caseId, districtScope(actor));
      const letter = await this.lockLetter(m, id);
      if (letter.status === 'queued' && failed) return this.enqueue(m, letter, actor, true);
      if (letter.status !== 'draft') throw letterNotDraft(letter.status);
      await this.dispatch(m, letter, target, actor);
    });
    return this.view(await this.find(id, actor));
  }

  /**
   * For the follow-ups: a reminder of `regardingLetterId` to the provider, by e-mail (by post
   * when no mail can go out: then a draft for the caseworker to print and mark sent), sent in
   * the caller's transaction. Returns the reminder's id.
   */
  async createReminder(
    caseId: string,
    regardingLetterId: string,
    actor: Actor,
    m: EntityManager,
  ): Promise<string> {
    const target = await this.cases.find(m, caseId, districtScope(actor));
    if (target.pseudonymisedAt) throw caseErased();
    await this.checkRegarding(m, caseId, regardingLetterId);
    const delivery = this.mail.available ? 'email' : 'post';
    const letter = await m.save(
      m.create(Letter, {
        caseId,
        template: 'reminder',
        recipient: 'provider',
        delivery,
        status: 'draft',
        includeFacts: false,
        regardingLetterId,
        createdById: actor.id,
        createdByName: actor.name,
      }),
    );
    await this.cases.recordEvent(m, caseId, actor, 'letter_drafted', {
      letterId: letter.id,
      template: letter.template,
      recipient: letter.recipient,
      delivery,
      regardingLetterId,
    });
    await this.audit.record(
      actor,
      {
        action: 'letter.create',
        recordType: 'case',
        recordId: caseId,
        fields: ['letters'],
        details: { letterId: letter.id, template: 'reminder', regardingLetterId },
      },
      m,
    );
    if (delivery === 'email') await this.dispatch(m, letter, target, actor);
    return letter.id;
  }

  /** The date the sent letter asks an answer by (YYYY-MM-DD), or null. */
  async answerDue(
    letterId: string,
    m: EntityManager = this.dataSource.manager,
  ): Promise<string | null> {
    const letter = await m.findOne(Letter, {
      where: { id: letterId },
      select: { id: true, answerDue: true },
    });
    return letter?.answerDue ?? null;
  }

  /** Renders the letter as it goes out, stores it, and sends it (post) or enqueues it (e-mail). */
  private async dispatch(
    m: EntityManager,
    letter: Letter,
    target: Case,
    actor: Actor,
  ): Promise<void> {
    if (target.pseudonymisedAt) throw caseErased();
    const at = new Date();
    const kind = LETTER_KINDS[letter.template];
    let link: { url: string; expiresAt: Date; token: string } | null = null;
    if (kind.asksForAnswer) {
      const token = newAnswerToken();
      link = {
        token,
        url: `${this.config.PUBLIC_URL}/antwort/${token}`,
        expiresAt: new Date(at.getTime() + durationMs(this.config.ANSWER_LINK_VALIDITY)),
      };
    }
    const composition = await this.composer.compose(m, this.templates, letter, target, {
      at,
      answerLink: link,
      actorEmail: actor.id ? actor.name : null,
      draft: false,
    });
    const disclosure = this.disclosureOf(letter, composition);
    if (disclosure.blocked) throw consentMissing(composition.entrusted);
    if (letter.delivery === 'email' && !this.mail.available) throw mailUnavailable();
    if (link) {
      await m.insert(AnswerLink, {
        tokenHash: hashAnswerToken(link.token),
        letterId: letter.regardingLetterId ?? letter.id,
        issuedWithLetterId: letter.id,
        caseId: letter.caseId,
        expiresAt: link.expiresAt,
        usedAt: null,
      });
    }
    const pdf = await renderLetterPdf(composition.document);
    Object.assign(letter, {
      letterDate: composition.letterDate,
      answerDue: composition.answerDue,
      subject: composition.subject,
      disclosed: composition.disclosed,
      consentId: composition.disclosed.length > 0 ? (composition.consent?.id ?? null) : null,
      pdf: pdf.toString('base64'),
      mailText: letter.delivery === 'email' ? composition.mailText : null,
      sentTo:
        letter.delivery === 'email' ? composition.email : (composition.postal ?? []).join(', '),
    });
    if (letter.delivery === 'email') {
      await m.save(letter);
      await this.enqueue(m, letter, actor, false);
      return;
    }
    letter.status = 'sent';
    letter.sentAt = at;
    letter.sentByName = actor.name;
    await m.save(letter);
    await this.cases.recordEvent(m, letter.caseId, actor, 'letter_sent', {
      letterId: letter.id,
      template: letter.template,
      recipient: letter.recipient,
      delivery: 'post',
      disclosed: letter.disclosed,
    });
    await this.audit.record(
      actor,
      {
        action: 'letter.send',
        recordType: 'case',
        recordId: letter.caseId,
        fields: ['letters'],
        details: { letterId: letter.id, delivery: 'post', disclosed: letter.disclosed },
      },
      m,
    );
    await this.events.emitSent(
      {
        letterId: letter.id,
        caseId: letter.caseId,
        template: letter.template,
        recipient: letter.recipient,
        sentAt: at,
      },
      m,
    );
  }

  /** Puts the mailing on the outbox, in the transaction that changed the letter. */
  private async enqueue(
    m: EntityManager,
    letter: Letter,
    actor: Actor,
    again: boolean,
  ): Promise<void> {
    const jobId = await this.jobs.enqueue(
      { name: JobName.LetterSend, data: { letterId: letter.id } },
      { manager: m },
    );
    await m.update(Letter, letter.id, { status: 'queued', jobId, sentByName: actor.name });
    await this.cases.recordEvent(m, letter.caseId, actor, 'letter_queued', {
      letterId: letter.id,
      template: letter.template,
      recipient: letter.recipient,
      disclosed: letter.disclosed,
      ...(again ? { again: true } : {}),
    });
    await this.audit.record(
      actor,
      {
        action: 'letter.send',
        recordType: 'case',
        recordId: letter.caseId,
        fields: ['letters'],
        details: { letterId: letter.id, delivery: 'email', jobId, disclosed: letter.disclosed },
      },
      m,
    );
  }

  /** The consent check in words, for a draft (now) or a sent letter (as it went). */
  disclosureOf(
    letter: Pick<Letter, 'recipient' | 'status'>,
    composition: Pick<Composition, 'entrusted' | 'consent'>,
  ): DisclosureView {
    const { entrusted, consent } = composition;
    if (letter.recipient === 'guardians') {
      return {
        entrusted: [],
        consent: null,
        blocked: false,
        message: 'Schreiben an die Erziehungsberechtigten: Es enthält nur ihre eigenen Angaben.',
      };
    }
    const list = entrusted.join(', ');
    if (entrusted.length === 0) {
      return {
        entrusted,
        consent,
        blocked: false,
        message:
          'Das Schreiben enthält keine Angaben, die die Eltern dem Landesjugendamt anvertraut haben; es nennt weder das Kind noch die Eltern.',
      };
    }
    if (letter.status !== 'draft' && letter.status !== 'discarded') {
      return {
        entrusted,
        consent,
        blocked: false,
        message: `Mit der Einwilligung der Eltern${consent ? ` vom ${germanDay(consent.givenAt)}` : ''} an den Träger weitergegeben: ${list}.`,
      };
    }
    if (!consent) {
      return {
        entrusted,
        consent,
        blocked: true,
        message: `Das Schreiben enthält anvertraute Angaben (${list}), aber es liegt keine Einwilligung der Eltern in die Weitergabe an den Träger vor. So kann es nicht versandt werden: Erfassen Sie die Einwilligung, oder versenden Sie es ohne diese Angaben.`,
      };
    }
    return {
      entrusted,
      consent,
      blocked: false,
      message: `Das Schreiben enthält anvertraute Angaben (${list}). Die Eltern haben am ${germanDay(consent.givenAt)} eingewilligt, dass sie an den Träger weitergegeben werden.`,
    };
  }

  /** 400 naming `delivery` when the guardians cannot be reached that way. */
  private checkRecipient(letter: Letter, target: Case): void {
    if (letter.recipient === 'guardians') guardianRecipient(letter, target);
  }

  private async checkRegarding(m: EntityManager, caseId: string, regardingLetterId: string) {
    // Only what the check needs: not the stored PDF, which would be read and decrypted.
    const earlier = await m.findOne(Letter, {
      where: { id: regardingLetterId, caseId },
      select: { id: true, status: true, template: true },
    });
    if (!earlier) {
      throw regardingInvalid('Dieses Schreiben gibt es in diesem Fall nicht.');
    }
    if (earlier.status !== 'sent' || !REMINDABLE.includes(earlier.template)) {
      throw regardingInvalid(
        'Erinnert werden kann nur an ein versandtes Beratungsschreiben, eine Bitte um Stellungnahme oder eine Auflage.',
      );
    }
  }

  private async lockLetter(m: EntityManager, id: string): Promise<Letter> {
    const letter = await m.findOne(Letter, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!letter) throw letterNotFound();
    return letter;
  }

  /** A letter of a case within the caller's districts; others do not exist (404). */
  private async find(id: string, actor: Actor, withPdf = false): Promise<Letter> {
    const letter = await this.dataSource.manager.findOne(Letter, {
      where: { id },
      select: withPdf ? { ...SUMMARY_COLUMNS, pdf: true } : SUMMARY_COLUMNS,
    });
    if (!letter) throw letterNotFound();
    try {
      await this.cases.find(this.dataSource.manager, letter.caseId, districtScope(actor));
    } catch {
      throw letterNotFound();
    }
    return letter;
  }

  /** The letter as the API shows it. */
  async view(letter: Letter): Promise<LetterView> {
    const m = this.dataSource.manager;
    const disclosure = await this.currentDisclosure(m, letter);
    const job =
      letter.jobId && letter.status === 'queued' ? await this.jobs.get(letter.jobId) : null;
    const links = await m.find(AnswerLink, {
      where: { issuedWithLetterId: letter.id },
      order: { createdAt: 'DESC' },
    });
    const answer = await m.findOne(ProviderAnswer, {
      where: { letterId: letter.id },
      order: { receivedAt: 'DESC' },
    });
    return {
      id: letter.id,
      caseId: letter.caseId,
      template: letter.template,
      title: this.templates.title(letter.template),
      recipient: letter.recipient,
      delivery: letter.delivery,
      status: letter.status,
      includeFacts: letter.includeFacts,
      subject: letter.subject ?? (await this.draftSubject(m, letter)),
      regardingLetterId: letter.regardingLetterId,
      createdAt: letter.createdAt.toISOString(),
      createdBy: letter.createdByName,
      letterDate: letter.letterDate,
      answerDue: letter.answerDue,
      sentAt: letter.sentAt?.toISOString() ?? null,
      sentBy: letter.sentByName,
      sentTo: letter.sentTo,
      disclosure,
      sending: job
        ? { status: job.status, attempts: job.attempts, lastError: job.lastError }
        : null,
      answerLink: links[0]
        ? {
            expiresAt: links[0].expiresAt.toISOString(),
            usedAt: links[0].usedAt?.toISOString() ?? null,
          }
        : null,
      answer: answer && {
        id: answer.id,
        receivedAt: answer.receivedAt.toISOString(),
        text: answer.text,
        contractId: answer.contractId,
        verdict: answer.verdict,
      },
    };
  }

  private async currentDisclosure(m: EntityManager, letter: Letter): Promise<DisclosureView> {
    if (letter.status === 'sent' || letter.status === 'queued') {
      const consent = letter.consentId ? await this.consentOf(m, letter) : null;
      return this.disclosureOf(
        { recipient: letter.recipient, status: 'sent' },
        { entrusted: letter.disclosed.map((f) => FACT_LABELS[f] ?? f), consent },
      );
    }
    const caseRow = await this.cases.find(m, letter.caseId, null);
    if (caseRow.pseudonymisedAt) {
      return this.disclosureOf(letter, { entrusted: [], consent: null });
    }
    const composition = await this.composer.disclosure(m, this.templates, letter, caseRow);
    return this.disclosureOf(letter, composition);
  }

  /** The consent a sent letter rested on (perhaps withdrawn since). */
  private async consentOf(m: EntityManager, letter: Letter) {
    const consent = await this.cases.consent(m, letter.caseId, letter.consentId!);
    return consent && { id: consent.id, givenAt: consent.givenAt };
  }

  private async draftSubject(m: EntityManager, letter: Letter): Promise<string> {
    const caseRow = await this.cases.find(m, letter.caseId, null);
    return `Az. ${caseRow.reference} – ${this.templates.title(letter.template)}`;
  }
}

const germanDay = (date: string) => date.split('-').reverse().join('.');

/** Every column but the PDF and the mail's text. */
const SUMMARY_COLUMNS = {
  id: true,
  caseId: true,
  template: true,
  recipient: true,
  delivery: true,
  status: true,
  includeFacts: true,
  regardingLetterId: true,
  createdById: true,
  createdByName: true,
  createdAt: true,
  letterDate: true,
  answerDue: true,
  subject: true,
  disclosed: true,
  consentId: true,
  sentTo: true,
  jobId: true,
  deliveryAttempts: true,
  messageId: true,
  sentAt: true,
  sentByName: true,
  sentEventPending: true,
  discardedAt: true,
} as const;
