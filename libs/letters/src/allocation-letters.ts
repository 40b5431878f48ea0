import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { type Actor } from '@teilhabe/common';
import { LettersConfig } from '@teilhabe/config';
import { type EntityManager } from 'typeorm';
import { AllocationLetter } from './entities/allocation-letter.entity';
import { berlinDate, germanDate } from './german-dates';
import { renderLetterPdf } from './render/letter-pdf';
import { renderTemplateFile } from './render/letter-templates';

/** The Ministerium für Schule und Bildung NRW (seed 000: the party of the agreement). */
export const MINISTRY_ADDRESS = [
  'Ministerium für Schule und Bildung',
  'des Landes Nordrhein-Westfalen',
  'Völklinger Straße 49',
  '40221 Düsseldorf',
];

/** What the funding module hands over: amounts already formatted in German ("469.569,68 €"). */
export interface MinistryNoticeInput {
  allocationId: string;
  /** The recipient of the Inklusionspauschale that notifies, e.g. "Rhein-Sieg-Kreis". */
  district: string;
  schoolYear: string;
  decidedAt: string;
  paidAt: string;
  allocated: string;
  properlyUsed: string;
  ineligible: string;
  unused: string;
  repaymentDue: string;
  dueBy: string;
  settlement: { agreedAt: string } | null;
  lines: { category: string; description: string; ineligible: string; reason: string }[];
}

export class AllocationLetterView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) allocationId!: string;
  @ApiProperty({ enum: ['ministry_notice'] }) template!: 'ministry_notice';
  @ApiProperty({ enum: ['ministry'] }) recipient!: 'ministry';
  @ApiProperty({ enum: ['draft'] }) status!: 'draft';
  @ApiProperty() subject!: string;
  @ApiProperty({ format: 'date' }) letterDate!: string;
  @ApiProperty() createdByName!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

/** Letters about an allocation (no case): drafted as DIN 5008 PDFs from the template files. */
@Injectable()
export class AllocationLetters {
  constructor(private readonly config: LettersConfig) {}

  /** Drafts the notice to the ministry, in the caller's transaction. */
  async draftMinistryNotice(
    m: EntityManager,
    input: MinistryNoticeInput,
    actor: Actor,
    at: Date = new Date(),
  ): Promise<AllocationLetterView> {
    const letterDate = berlinDate(at);
    const rendered = renderTemplateFile(this.config.LETTER_TEMPLATES_DIR, 'ministry_notice', {
      ...input,
      decidedAt: germanDate(input.decidedAt),
      paidAt: germanDate(input.paidAt),
      dueBy: germanDate(input.dueBy),
      settlement: input.settlement && { agreedAt: germanDate(input.settlement.agreedAt) },
      hasLines: input.lines.length > 0,
      contact: { name: actor.name },
    });
    const pdf = await renderLetterPdf({
      // The recipient of the money writes (§ 4 Abs. 2); its address is not on record here.
      office: { name: input.district, address: 'Inklusionspauschale', phone: '' },
      recipient: MINISTRY_ADDRESS,
      note: null,
      info: [
        { label: 'Schuljahr', value: input.schoolYear },
        { label: 'Bearbeitet von', value: actor.name },
        { label: 'Datum', value: germanDate(letterDate) },
      ],
      subject: rendered.subject,
      blocks: rendered.blocks,
      runningHead: `Inklusionspauschale ${input.schoolYear} · Schreiben vom ${germanDate(letterDate)}`,
      draft: true,
      title: rendered.title,
    });
    const saved = await m.save(
      m.create(AllocationLetter, {
        allocationId: input.allocationId,
        template: 'ministry_notice',
        recipient: 'ministry',
        status: 'draft',
        subject: rendered.subject,
        letterDate,
        pdf: pdf.toString('base64'),
        createdByName: actor.name,
      }),
    );
    return toView(saved);
  }

  /** The letters about an allocation, the newest first. */
  async list(m: EntityManager, allocationId: string): Promise<AllocationLetterView[]> {
    const rows = await m.find(AllocationLetter, {
      where: { allocationId },
      order: { createdAt: 'DESC', id: 'ASC' },
      select: {
        id: true,
        allocationId: true,
        template: true,
        recipient: true,
        status: true,
        subject: true,
        letterDate: true,
        createdByName: true,
        createdAt: true,
      },
    });
    return rows.map(toView);
  }

  /** A letter's PDF, when it is about this allocation; else null. */
  async pdf(m: EntityManager, allocationId: string, letterId: string): Promise<Buffer | null> {
    const row = await m.findOne(AllocationLetter, { where: { id: letterId, allocationId } });
    return row && Buffer.from(row.pdf, 'base64');
  }
}

function toView(l: AllocationLetter): AllocationLetterView {
  return {
    id: l.id,
    allocationId: l.allocationId,
    template: l.template,
    recipient: l.recipient,
    status: l.status,
    subject: l.subject,
    letterDate: l.letterDate,
    createdByName: l.createdByName,
    createdAt: l.createdAt.toISOString(),
  };
}
