import { Injectable } from '@nestjs/common';
import { type Actor } from '@teilhabe/common';
import { type ReportSection } from './render/report-pdf';

/** The period an inquiry answer covers, for the sections others contribute. */
export interface InquiryPeriod {
  from: string;
  to: string;
  /** One district, or null for all. */
  districtId: string | null;
}

/**
 * A part of the inquiry answer that another library contributes (funding: pool-model coverage
 * per district), registered at start-up; the reports library runs them in `order`.
 */
export interface InquirySectionProvider {
  order: number;
  section(period: InquiryPeriod, actor: Actor): Promise<ReportSection | null>;
}

@Injectable()
export class InquirySections {
  private readonly providers: InquirySectionProvider[] = [];

  register(provider: InquirySectionProvider): void {
    this.providers.push(provider);
    this.providers.sort((a, b) => a.order - b.order);
  }

  async sections(period: InquiryPeriod, actor: Actor): Promise<ReportSection[]> {
    const sections: ReportSection[] = [];
    for (const p of this.providers) {
      const s = await p.section(period, actor);
      if (s) sections.push(s);
    }
    return sections;
  }
}
