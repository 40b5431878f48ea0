import { BooleanField } from '@teilhabe/common';

/** The facts the case-facts rules judge; each may be given on create and corrected later. */
export class CaseFactsDto {
  @BooleanField({
    optional: true,
    description: 'whether the provider terminated the care contract (default false)',
  })
  contractTerminated?: boolean;

  @BooleanField({
    nullable: true,
    description:
      'whether the provider told the Landesjugendamt before it acted (§ 47 SGB VIII); null: not known',
  })
  officeNotifiedBeforehand?: boolean | null;

  @BooleanField({
    optional: true,
    description:
      'whether the parents agreed that the office involves the facility, Jugendamt and others (default false)',
  })
  consentToInvolveOthers?: boolean;
}
