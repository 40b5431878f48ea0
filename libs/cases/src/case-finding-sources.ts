import { Injectable } from '@nestjs/common';
import { type ContractPatternFinding } from '@teilhabe/rules';

/** What another library found about a case, for the case-facts rules (e.g. its contracts). */
export type CaseFindingSource = (caseId: string) => Promise<ContractPatternFinding[]>;

/**
 * The cases library does not read other libraries' tables: a library that knows something
 * about a case registers a source here, and the assessment asks every source.
 */
@Injectable()
export class CaseFindingSources {
  private readonly sources: CaseFindingSource[] = [];

  register(source: CaseFindingSource): void {
    this.sources.push(source);
  }

  async collect(caseId: string): Promise<ContractPatternFinding[]> {
    const found: ContractPatternFinding[] = [];
    for (const source of this.sources) found.push(...(await source(caseId)));
    return found;
  }
}
