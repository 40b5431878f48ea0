import { type ExclusionPattern } from '@teilhabe/rules';

/* Fictional but realistic material for the demo data set. No real persons or facilities. */

export interface DemoDistrict {
  name: string;
  towns: { name: string; postalCode: string }[];
  /** The municipal provider; it runs its facilities in the first town of the list. */
  municipal: string;
}

export const DEMO_DISTRICTS: DemoDistrict[] = [
  {
    name: 'Köln',
    towns: [
      { name: 'Köln', postalCode: '50667' },
      { name: 'Köln', postalCode: '51063' },
    ],
    municipal: 'Stadt Köln – Amt für Kinder, Jugend und Familie',
  },
  {
    name: 'Bonn',
    towns: [
      { name: 'Bonn', postalCode: '53111' },
      { name: 'Bonn', postalCode: '53225' },
    ],
    municipal: 'Bundesstadt Bonn – Amt für Kinder, Jugend und Familie',
  },
  {
    name: 'Düsseldorf',
    towns: [
      { name: 'Düsseldorf', postalCode: '40210' },
      { name: 'Düsseldorf', postalCode: '40591' },
    ],
    municipal: 'Landeshauptstadt Düsseldorf – Jugendamt',
  },
  {
    name: 'Essen',
    towns: [
      { name: 'Essen', postalCode: '45127' },
      { name: 'Essen', postalCode: '45359' },
    ],
    municipal: 'Stadt Essen – Jugendamt',
  },
  {
    name: 'Duisburg',
    towns: [{ name: 'Duisburg', postalCode: '47051' }],
    municipal: 'Stadt Duisburg – Jugendamt',
  },
  {
    name: 'Wuppertal',
    towns: [{ name: 'Wuppertal', postalCode: '42103' }],
    municipal: 'Stadt Wuppertal – Jugendamt',
  },
  {
    name: 'Rhein-Sieg-Kreis',
    towns: [
      { name: 'Troisdorf', postalCode: '53840' },
      { name: 'Siegburg', postalCode: '53721' },
      { name: 'Sankt Augustin', postalCode: '53757' },
    ],
    municipal: 'Stadt Troisdorf – Jugendamt',
  },
  {
    name: 'Kreis Düren',
    towns: [
      { name: 'Düren', postalCode: '52349' },
      { name: 'Jülich', postalCode: '52428' },
    ],
    municipal: 'Stadt Düren – Amt für Jugend',
  },
  {
    name: 'StädteRegion Aachen',
    towns: [
      { name: 'Aachen', postalCode: '52062' },
      { name: 'Eschweiler', postalCode: '52249' },
    ],
    municipal: 'Stadt Aachen – Fachbereich Kinder, Jugend und Schule',
  },
  {
    name: 'Kreis Mettmann',
    towns: [
      { name: 'Ratingen', postalCode: '40878' },
      { name: 'Hilden', postalCode: '40721' },
    ],
    municipal: 'Stadt Ratingen – Jugendamt',
  },
];

export const FREE_PROVIDERS = [
  'AWO Kreisverband {town} e.V.',
  'DRK-Kreisverband {town} e.V.',
  'Lebenshilfe {town} e.V.',
  'Elterninitiative Kinderland {town} e.V.',
  'Kinder- und Jugendhilfe {town} gGmbH',
];

export const CHURCH_PROVIDERS = [
  'Ev. Kirchengemeinde {town}',
  'Kath. Kirchengemeinde St. Marien {town}',
  'Kita gGmbH im Kath. Kirchengemeindeverband {town}',
];

export const KITA_NAMES = {
  free: [
    'Kita Regenbogen',
    'Kita Kunterbunt',
    'Familienzentrum Pusteblume',
    'Kita Zwergenland',
    'Kita Abenteuerland',
  ],
  church: [
    'Ev. Kita Senfkorn',
    'Kath. Kita St. Josef',
    'Kita Arche Noah',
    'Ev. Familienzentrum Lichtblick',
  ],
  municipal: [
    'Städtische Kita Lindenweg',
    'Städtische Kita Am Park',
    'Städtisches Familienzentrum Sonnenhof',
  ],
};

export const OGS_NAMES = [
  'OGS der GGS Lindenschule',
  'OGS an der KGS St. Josef',
  'OGS Am Rosenhügel',
  'OGS der GGS Buchenweg',
  'OGS der Gemeinschaftsgrundschule Am Wasserturm',
];

export const FOERDERSCHULE_OGS_NAMES = ['OGS an der LVR-Förderschule {town}'];

export const ASSISTANT_TERMS = {
  kita: [
    'KiTa-Assistenz',
    'Integrationskraft',
    'Inklusionsassistenz',
    'heilpädagogische Assistenz',
  ],
  ogs: ['Schulbegleitung', 'Integrationshilfe', 'Inklusionsbegleitung', 'Schulassistenz'],
};

export const DISABILITIES = [
  'Autismus-Spektrum-Störung',
  'Trisomie 21',
  'Infantile Zerebralparese',
  'Globale Entwicklungsverzögerung',
  'Epilepsie mit nächtlichen Anfällen',
  'Hörschädigung, versorgt mit Cochlea-Implantat',
  'Förderbedarf emotionale und soziale Entwicklung',
  'Sehbehinderung',
  'Diabetes Typ 1 (drohende Behinderung)',
];

export const ACTIVITIES = [
  'in den Zoo',
  'zum Bauernhof',
  'zum Schwimmkurs',
  'zum Übernachtungsfest',
  'zum Karnevalsumzug',
  'in den Kletterpark',
];

/** Complaint texts per pattern. Placeholders: {assist}, {hours}, {days}, {activity}, {time}. */
export const COMPLAINT_TEXTS: Record<ExclusionPattern, string[]> = {
  absence_exclusion: [
    'Die Einrichtung ruft morgens an, wenn die {assist} krank ist, und bittet, das Kind zu Hause zu lassen. Das ist in den letzten Wochen an {days} Tagen passiert.',
    'Laut Nebenabrede im Betreuungsvertrag kann das Kind an Tagen ohne {assist} nicht betreut werden. Die Mutter musste mehrfach unbezahlten Urlaub nehmen.',
    'Während des Urlaubs der {assist} ({days} Tage) soll das Kind die Einrichtung nicht besuchen; eine Vertretung werde nicht organisiert.',
    'Das Kind musste mittags abgeholt werden, weil die {assist} zu einer Fortbildung war. Die Leitung verweist auf den Personalmangel.',
  ],
  hours_capped_to_assistance: [
    'Die Betreuungszeit wurde auf die bewilligten {hours} Assistenzstunden pro Woche begrenzt, obwohl der Vertrag 45 Wochenstunden vorsieht.',
    'Die Einrichtung betreut das Kind nur, solange die {assist} anwesend ist, also täglich bis {time} Uhr.',
    'Bis die {assist} auf mehr Wochenstunden erhöht wird, darf das Kind nur an drei Nachmittagen kommen.',
  ],
  admission_conditional_on_assistance: [
    'Der Träger will den Betreuungsvertrag erst unterschreiben, wenn die {assist} bewilligt ist. Der Antrag läuft seit {days} Tagen.',
    'Die Aufnahme wurde davon abhängig gemacht, dass die {assist} die gesamte Betreuungszeit abdeckt.',
  ],
  activity_exclusion: [
    'Das Kind darf beim Ausflug {activity} nur mitfahren, wenn die {assist} mitkommt; sonst bleibt es in der Nachbargruppe.',
    'Vom Ausflug {activity} wurde das Kind ausgeschlossen, weil an dem Tag keine {assist} eingeplant ist.',
  ],
  termination_for_missing_assistance: [
    'Der Träger hat den Betreuungsvertrag gekündigt, weil seit Wochen keine {assist} gefunden wurde. Eine andere Betreuung wurde nicht angeboten.',
    'Kündigung mit Verweis auf die fehlende {assist}; der Eingliederungshilfeträger wurde vorher nicht informiert.',
  ],
  parent_must_substitute: [
    'Fällt die {assist} aus, soll ein Elternteil das Kind in der Gruppe begleiten. Andernfalls sei ein Besuch nicht möglich.',
    'Die Eltern wurden aufgefordert, bei Krankheit der {assist} selbst als Begleitung mitzukommen oder eine volljährige Person zu schicken.',
  ],
  disability_exclusion: [
    'Die Leitung lehnte die Aufnahme ab: Ein Kind mit Autismus könne die Gruppe nicht verkraften. Eine Assistenz war nicht im Gespräch.',
    'Wegen seines Verhaltens bei Reizüberflutung darf das Kind nur noch bis {time} Uhr bleiben; andere Kinder der Gruppe bleiben bis 16 Uhr.',
  ],
};

export const TRANSITION_REASONS = {
  assessing: [
    'Betreuungsvertrag und Nebenabreden beim Träger angefordert.',
    'Eltern telefonisch beraten; Unterlagen zur Prüfung angefordert.',
  ],
  provider_contacted: [
    'Beratungsschreiben an den Träger versandt (§§ 7, 8 KiBiz; § 91 Abs. 2 S. 2 SGB IX).',
    'Gespräch mit Träger und Fachberatung vereinbart.',
  ],
  resolved: [
    'Träger hat die Nebenabrede gestrichen; Betreuung im vertraglichen Umfang gesichert.',
    'Vertretungsregelung mit dem Leistungserbringer der Assistenz vereinbart.',
  ],
  requirement_imposed: [
    'Auflage nach § 45 SGB VIII erteilt: Vertretungsregelung bei Ausfall der Assistenz.',
  ],
  closed_unresolved: [
    'Träger hält an der Kündigung fest; Eltern an das örtliche Jugendamt (§ 24 SGB VIII) verwiesen.',
    'Keine Einigung erzielt; Eltern über weitere Wege beraten.',
  ],
  withdrawn: [
    'Eltern haben die Beschwerde zurückgezogen (Wechsel der Einrichtung).',
    'Eltern möchten das Verfahren nicht weiterführen.',
  ],
} as const;
