/** A norm the rules cite, with the German title and content a caseworker can quote. */
export interface Norm {
  citation: string;
  title: string;
  content: string;
}

/** The catalogue of norms (from the seed documents and DESIGN.md). */
export const NORMS: Record<string, Norm> = {
  'KiBiz § 7': {
    citation: 'KiBiz § 7',
    title: 'Diskriminierungsverbot',
    content:
      'Die Aufnahme eines Kindes darf nicht aus Gründen seiner (drohenden) Behinderung verweigert werden.',
  },
  'KiBiz § 8': {
    citation: 'KiBiz § 8',
    title: 'Gemeinsame Förderung aller Kinder',
    content: 'Kinder mit und ohne Behinderung sollen gemeinsam gefördert werden.',
  },
  'KiBiz § 26 Abs. 3': {
    citation: 'KiBiz § 26 Abs. 3',
    title: 'Personal der Gruppe',
    content:
      'Das Personal der Gruppe ist grundsätzlich auch für die Kinder mit (drohender) Behinderung verantwortlich.',
  },
  'KiBiz § 36 Abs. 4': {
    citation: 'KiBiz § 36 Abs. 4',
    title: 'Unterschreitung der Mindestausstattung',
    content:
      'Kürzungen der Betreuungszeiten bei Personalmangel müssen die Interessen aller Kinder in den Blick nehmen.',
  },
  'SGB IX § 91 Abs. 2 S. 2': {
    citation: 'SGB IX § 91 Abs. 2 S. 2',
    title: 'Nachrang der Eingliederungshilfe',
    content:
      'Leistungen nach anderen Gesetzen dürfen nicht deshalb versagt werden, weil nach dem SGB IX entsprechende Leistungen vorgesehen sind.',
  },
  'SGB VIII § 22a Abs. 4': {
    citation: 'SGB VIII § 22a Abs. 4',
    title: 'Gemeinsame Förderung in Tageseinrichtungen',
    content: 'Kinder mit und ohne Behinderung sollen in Gruppen gemeinsam gefördert werden.',
  },
  'SGB VIII § 45 Abs. 2 S. 1': {
    citation: 'SGB VIII § 45 Abs. 2 S. 1',
    title: 'Wohl aller Kinder in der Einrichtung',
    content:
      'Der Träger hat das Wohl aller Kinder in der Einrichtung zu gewährleisten; Einschränkungen für ein Kind verlangen eine Abwägung im Einzelfall.',
  },
  'SGB IX § 112 Abs. 4': {
    citation: 'SGB IX § 112 Abs. 4',
    title: 'Gemeinsame Leistungserbringung (Pool-Lösung)',
    content:
      'Leistungen zur Teilhabe an Bildung können für mehrere Leistungsberechtigte gemeinsam erbracht werden.',
  },
  'IfSG § 34': {
    citation: 'IfSG § 34',
    title: 'Gesundheitliche Anforderungen in Gemeinschaftseinrichtungen',
    content:
      'Kinder mit bestimmten ansteckenden Krankheiten dürfen Gemeinschaftseinrichtungen vorübergehend nicht besuchen; die Regel gilt für alle Kinder.',
  },
  'GG Art. 3 Abs. 3 S. 2': {
    citation: 'GG Art. 3 Abs. 3 S. 2',
    title: 'Benachteiligungsverbot',
    content: 'Niemand darf wegen seiner Behinderung benachteiligt werden.',
  },
  'SGB IX § 4 Abs. 3': {
    citation: 'SGB IX § 4 Abs. 3',
    title: 'Leistungen für Kinder mit Behinderungen',
    content:
      'Kinder mit Behinderungen sollen nicht von ihrem sozialen Umfeld getrennt und gemeinsam mit Kindern ohne Behinderungen betreut werden.',
  },
  'BASS 12-63 Nr. 2': {
    citation: 'BASS 12-63 Nr. 2',
    title: 'Erlass Ganztagsschulen',
    content:
      'Die offene Ganztagsschule ist eine schulische Veranstaltung, deren Angebote allen Kindern offenstehen.',
  },
  'UN-BRK Art. 24': {
    citation: 'UN-BRK Art. 24',
    title: 'Bildung',
    content:
      'Kinder mit Behinderungen dürfen nicht aufgrund ihrer Behinderung vom Bildungssystem ausgeschlossen werden.',
  },
  'UN-BRK Art. 30 Abs. 5': {
    citation: 'UN-BRK Art. 30 Abs. 5',
    title: 'Teilhabe an Spiel, Freizeit und Sport',
    content:
      'Kinder mit Behinderungen nehmen gleichberechtigt an Spiel-, Erholungs-, Freizeit- und Sportaktivitäten teil, auch im schulischen Bereich.',
  },
  'SGB VIII § 24': {
    citation: 'SGB VIII § 24',
    title: 'Anspruch auf Förderung in Tageseinrichtungen',
    content:
      'Jedes Kind ab dem vollendeten ersten Lebensjahr hat einen Rechtsanspruch auf frühkindliche Förderung in einer Tageseinrichtung, den der örtliche Träger der Jugendhilfe erfüllt.',
  },
  'SGB VIII § 45': {
    citation: 'SGB VIII § 45',
    title: 'Erlaubnis für den Betrieb einer Einrichtung',
    content:
      'Das Landesjugendamt erteilt die Betriebserlaubnis und kann sie mit Auflagen versehen, um das Wohl der Kinder in der Einrichtung zu sichern.',
  },
  'SGB VIII § 47': {
    citation: 'SGB VIII § 47',
    title: 'Meldepflichten',
    content:
      'Der Träger meldet dem Landesjugendamt unverzüglich Ereignisse und Entwicklungen, die das Wohl der Kinder beeinträchtigen können.',
  },
  'SGB IX § 79': {
    citation: 'SGB IX § 79',
    title: 'Heilpädagogische Leistungen',
    content:
      'Kinder mit (drohender) Behinderung, die noch nicht eingeschult sind, erhalten heilpädagogische Leistungen wie die KiTa-Assistenz vom Träger der Eingliederungshilfe.',
  },
  'SGB IX § 112': {
    citation: 'SGB IX § 112',
    title: 'Leistungen zur Teilhabe an Bildung',
    content:
      'Der Träger der Eingliederungshilfe erbringt Hilfen zur Schulbildung, etwa eine Schulbegleitung, auch für die Angebote der offenen Ganztagsschule.',
  },
  'SGB VIII § 35a': {
    citation: 'SGB VIII § 35a',
    title: 'Eingliederungshilfe bei seelischer Behinderung',
    content:
      'Kinder mit (drohender) seelischer Behinderung erhalten Eingliederungshilfe, etwa eine Schulbegleitung, vom Jugendamt.',
  },
  'SGB IX § 116 Abs. 2': {
    citation: 'SGB IX § 116 Abs. 2',
    title: 'Gemeinsame Inanspruchnahme',
    content:
      'Leistungen der Eingliederungshilfe, etwa Assistenz, können an mehrere Leistungsberechtigte gemeinsam erbracht werden.',
  },
  'SGB X § 67b': {
    citation: 'SGB X § 67b',
    title: 'Übermittlung von Sozialdaten',
    content:
      'Sozialdaten dürfen an Dritte nur mit Einwilligung der Betroffenen oder auf gesetzlicher Grundlage übermittelt werden.',
  },
};
