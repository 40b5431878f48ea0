// How a complaint reached the office and which assistance the child has. (The exclusion
// patterns belong to the rules library: @teilhabe/rules.)
export const CASE_CHANNELS = ['phone', 'email', 'letter', 'web', 'in_person'] as const;
export type CaseChannel = (typeof CASE_CHANNELS)[number];

export const ASSISTANCE_KINDS = [
  'kita_assistance',
  'school_assistance_sgb_ix',
  'school_assistance_sgb_viii',
  'pooled_assistance',
  'other',
] as const;
export type AssistanceKind = (typeof ASSISTANCE_KINDS)[number];

export const ASSISTANCE_KIND_LABELS: Record<AssistanceKind, string> = {
  kita_assistance: 'KiTa-Assistenz (§ 79 SGB IX)',
  school_assistance_sgb_ix: 'Schulbegleitung (§ 112 SGB IX)',
  school_assistance_sgb_viii: 'Schulbegleitung (§ 35a SGB VIII)',
  pooled_assistance: 'Pool-Lösung (§ 112 Abs. 4 SGB IX)',
  other: 'Andere Assistenz',
};
