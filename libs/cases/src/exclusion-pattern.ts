/** The exclusion patterns reported in the seed documents; rules and reports use these ids. */
export const EXCLUSION_PATTERNS = [
  'admission_conditional_on_assistance',
  'hours_capped_to_assistance',
  'absence_exclusion',
  'activity_exclusion',
  'termination_for_missing_assistance',
  'parent_must_substitute',
] as const;
export type ExclusionPattern = (typeof EXCLUSION_PATTERNS)[number];

export const EXCLUSION_PATTERN_LABELS: Record<ExclusionPattern, string> = {
  admission_conditional_on_assistance: 'Aufnahme nur bei bewilligter Assistenz',
  hours_capped_to_assistance: 'Betreuungszeit auf Assistenzstunden begrenzt',
  absence_exclusion: 'Ausschluss bei Abwesenheit der Assistenz',
  activity_exclusion: 'Ausschluss von Ausflügen oder Angeboten',
  termination_for_missing_assistance: 'Kündigung wegen fehlender Assistenz',
  parent_must_substitute: 'Eltern müssen die Begleitung selbst stellen',
};

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
