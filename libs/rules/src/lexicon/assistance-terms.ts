/*
 * Names for the individual assistant that providers and parents use: from the seeds (KiTa-
 * Assistenz, individuelle heilpädagogische Leistung, Schulbegleitung, Inklusionsassistenz),
 * from the law (§ 79, § 112 SGB IX, § 35a SGB VIII) and from everyday practice, including
 * abbreviations. All in normalised spelling (see normalize.ts).
 *
 * `stems` match a word that contains them (compounds: "Inklusionsassistentin",
 * "Schulbegleiterstunden"); `words` match whole words only (abbreviations such as "IA").
 */
export const ASSISTANCE_STEMS = [
  'assistenz',
  'assistent',
  'integrationshelfer',
  'integrationshilfe',
  'integrationskraft',
  'integrationsfachkraft',
  'integrationsbegleit',
  'inklusionskraft',
  'inklusionshelfer',
  'inklusionsbegleit',
  'inklusionsfachkraft',
  'schulbegleit',
  'einzelfallhelfer',
  'einzelfallhilfe',
  'alltagsbegleit',
  'heilpaedagogische leistung',
  'heilpaedagogischen leistung',
  'i-kraft',
  'i-helfer',
  'zusatzkraft',
  'begleitkraft',
  'begleitperson',
  'begleitdienst',
  'alltagshelfer',
  'alltagshilfe',
  'inklusionshilfe',
  'teilhabebegleit',
  'teilhabehelfer',
  'schulhelfer',
  'eingliederungshelfer',
  'einzelbetreuung',
  'einzelfallbegleit',
  'individualbegleit',
  'individuelle begleitung',
  'individuellen begleitung',
  'persoenliche begleitung',
  'persoenlichen begleitung',
  'heilpaedagogische einzel',
  'heilpaedagogischen einzel',
  'eins-zu-eins',
  '1-betreuung',
  '1-begleitung',
  // The assistant by role, as parents write it ("seine Begleitung", "eine Hilfe Person").
  'seine begleitung',
  'seiner begleitung',
  'ihre begleitung',
  'ihrer begleitung',
  'eine begleitung',
  'einer begleitung',
  'hilfe person',
  'hilfsperson',
  'hilfeperson',
] as const;

/**
 * Whole words: abbreviations, and the assistant by role as parents name her ("seine Helferin",
 * "ihre Begleiterin", "die Ass."), which inside a longer word mean someone else.
 */
export const ASSISTANCE_WORDS = [
  'ia',
  'ih',
  'sb',
  'ik',
  'i-kraft',
  'kitaassistenz',
  'ass',
  'helferin',
  'begleiterin',
  'begleiter',
] as const;
