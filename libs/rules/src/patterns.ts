/** The exclusion patterns reported in the seed documents; rules, cases and reports use these ids. */
export const EXCLUSION_PATTERNS = [
  'admission_conditional_on_assistance',
  'hours_capped_to_assistance',
  'absence_exclusion',
  'activity_exclusion',
  'termination_for_missing_assistance',
  'parent_must_substitute',
  'disability_exclusion',
] as const;
export type ExclusionPattern = (typeof EXCLUSION_PATTERNS)[number];

export const EXCLUSION_PATTERN_LABELS: Record<ExclusionPattern, string> = {
  admission_conditional_on_assistance: 'Aufnahme nur bei bewilligter Assistenz',
  hours_capped_to_assistance: 'Betreuungszeit auf Assistenzstunden begrenzt',
  absence_exclusion: 'Ausschluss bei Abwesenheit der Assistenz',
  activity_exclusion: 'Ausschluss von Ausflügen oder Angeboten',
  termination_for_missing_assistance: 'Kündigung wegen fehlender Assistenz',
  parent_must_substitute: 'Eltern müssen die Begleitung selbst stellen',
  disability_exclusion: 'Ausschluss wegen der Behinderung',
};

export const VERDICTS = ['unlawful', 'review', 'lawful'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** How serious a verdict is: the overall verdict of a text is its most serious finding. */
export const VERDICT_SEVERITY: Record<Verdict, number> = { unlawful: 2, review: 1, lawful: 0 };

export const SETTINGS = ['kita', 'ogs'] as const;
export type Setting = (typeof SETTINGS)[number];

/** The setting whose rules apply to a facility: Kita, or OGS (also at a Förderschule). */
export const settingOfFacility = (kind: string): Setting => (kind === 'kita' ? 'kita' : 'ogs');
