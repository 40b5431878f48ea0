import { Injectable } from '@nestjs/common';
import { UsersService } from '@teilhabe/auth';
import { type Case, CaseAccess } from '@teilhabe/cases';
import { LettersConfig, durationMs } from '@teilhabe/config';
import { ContractsService } from '@teilhabe/contracts';
import { FacilitiesService, type ProviderRecipient, ProvidersService } from '@teilhabe/providers';
import { EXCLUSION_PATTERN_LABELS, type Finding, NORMS, settingOfFacility } from '@teilhabe/rules';
import { type EntityManager } from 'typeorm';
import { AnswerDeadline } from './answer-deadline';
import { Letter } from './entities/letter.entity';
import { berlinDate, germanDate } from './german-dates';
import { LETTER_KINDS, type LetterTemplate } from './letter-kinds';
import { noRecipientAddress } from './letters.exception';
import { type LetterDocument } from './render/letter-pdf';
import { type LetterTemplates, type RenderedLetter } from './render/letter-templates';

/** The entrusted facts a template can show (§ 65 SGB VIII), as the disclosure check names them. */
export const FACT_LABELS: Record<string, string> = {
  childInitials: 'Initialen des Kindes',
  childBirthYear: 'Geburtsjahr des Kindes',
  disability: 'Behinderung des Kindes',
  guardianNames: 'Namen der Erziehungsberechtigten',
  description: 'Schilderung der Eltern',
  quotes: 'Zitate aus dem Vertrag der Eltern',
};

const FACILITY_KINDS: Record<string, string> = {
  kita: 'Kita',
  ogs: 'OGS',
  ogs_foerderschule: 'OGS an einer Förderschule',
};

const VERDICT_WORDS: Record<string, string> = { unlawful: 'rechtswidrig', review: 'zu prüfen' };

/** A letter filled in for its recipient, ready to be rendered, previewed or sent. */
export interface Composition {
  rendered: RenderedLetter;
  document: LetterDocument;
  /** The mail's subject: the Aktenzeichen first, then the Betreff. */
  subject: string;
  /** The covering mail (for e-mail). */
  mailText: string;
  /** The entrusted facts the letter shows: names of fields and their German labels. */
  disclosed: string[];
  entrusted: string[];
  /** The parents' standing consent to the recipient (provider letters). */
  consent: { id: string; givenAt: string } | null;
  /** Where it goes: an e-mail address, or the postal address lines. */
  email: string | null;
  postal: string[] | null;
  letterDate: string;
  answerDue: string | null;
}

export interface ComposeOptions {
  /** The moment of sending (or of the preview). */
  at: Date;
  /** The provider's answer link; null for a preview (a placeholder is shown) or none asked. */
  answerLink: { url: string; expiresAt: Date } | null;
  /** Who sends or previews it: the Ansprechperson when the case has no assignee. */
  actorEmail: string | null;
  draft: boolean;
}

/**
 * Gathers what a letter says from the case and its neighbours (the case's facility and
 * provider, the rules' findings in its contracts, the parents' consent) and fills in the
 * template. Entrusted facts enter the template only as `facts`, and only when the letter goes
 * to the parents themselves or includes them by the caseworker's choice: the consent check
 * (LettersService) decides whether such a letter may leave.
 */
@Injectable()
export class LetterComposer {
  constructor(
    private readonly config: LettersConfig,
    private readonly deadline: AnswerDeadline,
    private readonly cases: CaseAccess,
    private readonly facilities: FacilitiesService,
    private readonly providers: ProvidersService,
    private readonly contracts: ContractsService,
    private readonly users: UsersService,
  ) {}

  async compose(
    m: EntityManager,
    templates: LetterTemplates,
    letter: Letter,
    caseRow: Case,
    options: ComposeOptions,
  ): Promise<Composition> {
    const kind = LETTER_KINDS[letter.template];
    const facility = (await this.facilities.labels([caseRow.facilityId], m)).get(
      caseRow.facilityId,
    );
    const provider = facility && (await this.providers.recipient(facility.provider.id, m));
    if (!facility || !provider) throw new Error(`case ${caseRow.id}: facility or provider missing`);
    const findings = await this.contracts.findingsOf(m, caseRow.id);
    const consent =
      letter.recipient === 'provider'
        ? await this.cases.activeConsent(m, caseRow.id, 'provider')
        : null;
    const contact = await this.contact(m, caseRow, letter, options.actorEmail);
    const letterDate = berlinDate(options.at);
    const answerDue = kind.asksForAnswer
      ? this.deadline.dueDate(letter.template, options.at)
      : null;
    const office = {
      name: this.config.OFFICE_NAME,
      address: this.config.OFFICE_ADDRESS,
      phone: this.config.OFFICE_PHONE,
    };
    const setting = settingOfFacility(facility.kind);
    const showFacts =
      letter.recipient === 'guardians' ||
      (letter.includeFacts && templates.usesFacts(letter.template));
    const facts = showFacts ? this.facts(caseRow, findings, consent) : null;
    const link = kind.asksForAnswer
      ? options.answerLink
        ? {
            answerLink: options.answerLink.url,
            answerLinkExpires: germanDate(berlinDate(options.answerLink.expiresAt)),
          }
        : {
            answerLink: `${this.config.PUBLIC_URL}/antwort/… (persönlicher Link, wird beim Versand erzeugt)`,
            answerLinkExpires: germanDate(
              berlinDate(
                new Date(options.at.getTime() + durationMs(this.config.ANSWER_LINK_VALIDITY)),
              ),
            ),
          }
      : { answerLink: null, answerLinkExpires: null };
    const view = {
      reference: caseRow.reference,
      date: germanDate(letterDate),
      dueDate: answerDue && germanDate(answerDue),
      receivedAt: germanDate(caseRow.receivedAt),
      office,
      contact,
      facility: { name: facility.name, kind: FACILITY_KINDS[facility.kind] ?? facility.kind },
      provider: { name: provider.name },
      kita: setting === 'kita',
      ogs: setting === 'ogs',
      findings: findings.map((f) => ({
        label: f.pattern ? EXCLUSION_PATTERN_LABELS[f.pattern] : 'Regelung zur Assistenz',
        verdict: VERDICT_WORDS[f.verdict] ?? f.verdict,
        norms: f.norms.join(', '),
        explanation: f.explanation,
      })),
      norms: [...new Set(findings.flatMap((f) => f.norms))].flatMap((citation) =>
        NORMS[citation] ? [NORMS[citation]] : [],
      ),
      ...link,
      regarding: await this.regarding(m, templates, letter),
      advisory: await this.lastAdvisory(m, caseRow.id),
      guardian: letter.recipient === 'guardians' ? { name: caseRow.guardian.name } : null,
      facts,
    };
    const rendered = templates.render(letter.template, view);
    const disclosed =
      letter.recipient === 'provider' && facts
        ? disclosedFields(templates, letter.template, facts)
        : [];
    const { email, postal, lines } = this.recipient(letter, caseRow, provider);
    const subject = `Az. ${caseRow.reference} – ${rendered.subject}`;
    const document: LetterDocument = {
      office,
      recipient: lines,
      note: letter.delivery === 'email' && email ? `Per E-Mail an ${email}` : null,
      info: [
        { label: 'Aktenzeichen', value: caseRow.reference },
        { label: 'Ansprechperson', value: contact.name },
        { label: 'Telefon', value: this.config.OFFICE_PHONE },
        ...(contact.email ? [{ label: 'E-Mail', value: contact.email }] : []),
        { label: 'Datum', value: germanDate(letterDate) },
      ],
      subject: rendered.subject,
      blocks: rendered.blocks,
      runningHead: `Aktenzeichen ${caseRow.reference} · ${rendered.title} vom ${germanDate(letterDate)}`,
      draft: options.draft,
      title: `${rendered.title} – ${caseRow.reference}`,
    };
    const mailText = templates.renderMail('mail', {
      salutation:
        letter.recipient === 'guardians'
          ? `Guten Tag ${caseRow.guardian.name ?? ''},`
          : 'Sehr geehrte Damen und Herren,',
      title: rendered.title,
      date: germanDate(letterDate),
      reference: caseRow.reference,
      dueDate: view.dueDate,
      answerLink: options.answerLink?.url ?? null,
      contact,
      office,
    });
    return {
      rendered,
      document,
      subject,
      mailText,
      disclosed,
      entrusted: disclosed.map((f) => FACT_LABELS[f]),
      consent,
      email,
      postal,
      letterDate,
      answerDue,
    };
  }

  /**
   * What a draft would disclose to the provider now, and the parents' standing consent: the
   * consent check without rendering the letter.
   */
  async disclosure(
    m: EntityManager,
    templates: LetterTemplates,
    letter: Letter,
    caseRow: Case,
  ): Promise<{ entrusted: string[]; consent: { id: string; givenAt: string } | null }> {
    if (letter.recipient !== 'provider') return { entrusted: [], consent: null };
    const consent = await this.cases.activeConsent(m, caseRow.id, 'provider');
    if (!letter.includeFacts || !templates.usesFacts(letter.template)) {
      return { entrusted: [], consent };
    }
    const facts = this.facts(caseRow, await this.contracts.findingsOf(m, caseRow.id), consent);
    return {
      entrusted: disclosedFields(templates, letter.template, facts).map((f) => FACT_LABELS[f]),
      consent,
    };
  }

  /** Where a letter goes: the provider's e-mail and postal address, or the guardians'. */
  recipient(
    letter: Pick<Letter, 'recipient' | 'delivery'>,
    caseRow: Case,
    provider: ProviderRecipient,
  ): { email: string | null; postal: string[] | null; lines: string[] } {
    if (letter.recipient === 'provider') {
      const postal = [
        provider.name,
        provider.address.street,
        `${provider.address.postalCode} ${provider.address.city}`,
      ];
      return { email: provider.email, postal, lines: postal };
    }
    return guardianRecipient(letter, caseRow);
  }

  /** The values a template may show about the family, all under `facts`. */
  private facts(caseRow: Case, findings: Finding[], consent: { givenAt: string } | null) {
    return {
      childInitials: caseRow.child.initials,
      childBirthYear: caseRow.child.birthYear,
      disability: caseRow.child.disability,
      guardianNames: caseRow.guardian.name,
      description: caseRow.description,
      quotes: quotesOf(findings),
      consentGivenAt: consent ? germanDate(consent.givenAt) : null,
    };
  }

  /**
   * The Ansprechperson: who works the case, else who sends (or drafted) the letter, else the
   * office. Accounts have an e-mail address and no name: "anna.berg@…" is shown as "Anna Berg".
   */
  private async contact(
    m: EntityManager,
    caseRow: Case,
    letter: Letter,
    actorEmail: string | null,
  ): Promise<{ name: string; email: string | null }> {
    const assignee = caseRow.assigneeId
      ? (await this.users.staffNames([caseRow.assigneeId], m)).get(caseRow.assigneeId)
      : undefined;
    const email = assignee ?? actorEmail ?? (letter.createdById ? letter.createdByName : null);
    if (!email || !email.includes('@')) return { name: this.config.OFFICE_NAME, email: null };
    return { name: nameOf(email), email };
  }

  private async regarding(m: EntityManager, templates: LetterTemplates, letter: Letter) {
    if (!letter.regardingLetterId) return null;
    // Not the earlier letter's stored PDF: it would be read and decrypted for nothing.
    const earlier = await m.findOne(Letter, {
      where: { id: letter.regardingLetterId },
      select: { id: true, template: true, letterDate: true, answerDue: true },
    });
    if (!earlier?.letterDate) return null;
    return {
      title: templates.title(earlier.template),
      date: germanDate(earlier.letterDate),
      dueDate: earlier.answerDue ? germanDate(earlier.answerDue) : null,
    };
  }

  private async lastAdvisory(m: EntityManager, caseId: string) {
    const advisory = await m.findOne(Letter, {
      where: { caseId, template: 'advisory' as LetterTemplate, status: 'sent' },
      order: { sentAt: 'DESC' },
      select: { id: true, letterDate: true, sentAt: true },
    });
    return advisory?.letterDate ? { date: germanDate(advisory.letterDate) } : null;
  }
}

const hasValue = (value: unknown) =>
  value !== null &&
  value !== undefined &&
  value !== '' &&
  !(Array.isArray(value) && value.length === 0);

/** "anna.berg@lvr.example" → "Anna Berg"; an address without a name in it stays as it is. */
export function nameOf(email: string): string {
  const local = email.split('@')[0];
  const parts = local.split(/[._-]+/).filter(Boolean);
  if (parts.length < 2 || parts.some((p) => /\d/.test(p))) return email;
  return parts.map((p) => p.charAt(0).toLocaleUpperCase('de-DE') + p.slice(1)).join(' ');
}

/**
 * Where a letter to the guardians goes. A letter by e-mail needs their e-mail address, one by
 * post their postal address: 400 naming `delivery` otherwise.
 */
export function guardianRecipient(
  letter: Pick<Letter, 'delivery'>,
  caseRow: Case,
): { email: string | null; postal: string[] | null; lines: string[] } {
  const { guardian } = caseRow;
  const postal = guardian.address && [
    guardian.name ?? '',
    guardian.address.street,
    `${guardian.address.postalCode} ${guardian.address.city}`,
  ];
  if (letter.delivery === 'email' && !guardian.email) {
    throw noRecipientAddress(
      'Für die Erziehungsberechtigten ist keine E-Mail-Adresse erfasst. Bitte versenden Sie das Schreiben per Post, oder ergänzen Sie die Adresse im Fall.',
    );
  }
  if (letter.delivery === 'post' && !postal) {
    throw noRecipientAddress(
      'Für die Erziehungsberechtigten ist keine Anschrift erfasst. Bitte versenden Sie das Schreiben per E-Mail, oder ergänzen Sie die Anschrift im Fall.',
    );
  }
  return { email: guardian.email, postal, lines: postal ?? [guardian.name ?? ''] };
}

function disclosedFields(
  templates: LetterTemplates,
  template: LetterTemplate,
  facts: Record<string, unknown>,
): string[] {
  return templates
    .factFields(template)
    .filter((field) => field in FACT_LABELS && hasValue(facts[field]));
}

/** The passages the findings quote, each once: one that another contains is left out. */
function quotesOf(findings: Finding[]): string[] {
  const passages = [...new Set(findings.map((f) => f.evidence.text.trim()).filter(Boolean))];
  return passages.filter((p) => !passages.some((other) => other !== p && other.includes(p)));
}
