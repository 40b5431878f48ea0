// The words of the parents' complaint form, in everyday German and in Leichte Sprache (short
// sentences, one statement each, hard words explained, as the Netzwerk Leichte Sprache asks).
import type { Schemas } from '../api';

export type Variant = 'standard' | 'easy';
type Pattern = Schemas['ExclusionPattern'];

/** The form's fields by the API's name for them (the field paths of its error answers). */
export type Field =
  | 'facilityId'
  | 'description'
  | 'guardian.name'
  | 'guardian.email'
  | 'guardian.phone'
  | 'child.initials'
  | 'child.birthYear'
  | 'child.disability'
  | 'contactConsent';

export interface Question {
  text: string;
  /** A sentence that explains the question, if it needs one. */
  hint?: string;
}

export interface Texts {
  title: string;
  doneTitle: string;
  skipLink: string;
  site: string;
  otherVariant: { to: string; label: string };
  heading: string;
  intro: string[];
  required: string;
  facility: {
    legend: string;
    label: string;
    hint: string;
    found: (n: number) => string;
    none: string;
    chosen: (label: string) => string;
  };
  happened: { heading: string; hint: string; yes: string; no: string };
  questions: Record<Pattern, Question>;
  description: { label: string; hint: string };
  child: {
    legend: string;
    hint: string;
    initials: string;
    initialsHint: string;
    birthYear: string;
    birthYearHint: string;
    disability: string;
    disabilityHint: string;
  };
  contact: { legend: string; hint: string; name: string; email: string; phone: string };
  consent: { legend: string; label: string; privacy: string[] };
  honeypot: string;
  submit: string;
  sending: string;
  kind: Record<string, string>;
  labels: Record<Field, string>;
  errors: {
    summary: (n: number) => string;
    facilityMissing: string;
    facilityNotChosen: string;
    descriptionMissing: string;
    tooLong: (max: number) => string;
    nameMissing: string;
    contactMissing: string;
    email: string;
    phone: string;
    initialsMissing: string;
    initials: string;
    birthYear: (from: number, to: number) => string;
    consent: string;
    honeypot: string;
    rateLimited?: string;
    network: string;
    failed: string;
  };
  done: {
    heading: string;
    referenceLabel: string;
    referenceHint: string;
    nextHeading: string;
    next: string[];
    another: string;
  };
}

const KINDS = { kita: 'Kita', ogs: 'OGS', ogs_foerderschule: 'OGS an einer Förderschule' };

export const TEXTS: Record<Variant, Texts> = {
  standard: {
    title: 'Beschwerde: Ausschluss aus Kita oder OGS',
    doneTitle: 'Beschwerde eingegangen',
    skipLink: 'Zum Formular springen',
    site: 'Landesjugendamt – Beschwerden zu Kita und OGS',
    otherVariant: { to: '/beschwerde/leichte-sprache', label: 'Leichte Sprache' },
    heading: 'Beschwerde: Ihr Kind wird in der Kita oder OGS ausgeschlossen',
    intro: [
      'Ihr Kind hat eine Behinderung oder ist von einer Behinderung bedroht, und die Kita oder ' +
        'die Offene Ganztagsschule (OGS) schickt es nach Hause, kürzt seine Betreuungszeit, ' +
        'lässt es nicht an Ausflügen teilnehmen oder nimmt es nur mit bewilligter Assistenz auf? ' +
        'Solche Absprachen sind oft nicht zulässig. Das Landesjugendamt prüft Ihre Beschwerde ' +
        'und meldet sich bei Ihnen.',
      'Das Formular dauert etwa zehn Minuten. Sie brauchen kein Konto.',
    ],
    required: 'Felder mit „Pflichtfeld“ müssen ausgefüllt werden.',
    facility: {
      legend: '1. Um welche Einrichtung geht es?',
      label: 'Name oder Ort der Kita oder OGS (Pflichtfeld)',
      hint: 'Geben Sie mindestens zwei Buchstaben ein, zum Beispiel den Namen oder den Ort, und wählen Sie die Einrichtung aus den Vorschlägen.',
      found: (n) =>
        n === 1
          ? 'Eine Einrichtung gefunden: bitte aus den Vorschlägen wählen.'
          : `${n} Einrichtungen gefunden: bitte aus den Vorschlägen wählen.`,
      none: 'Keine Einrichtung gefunden. Versuchen Sie einen Teil des Namens oder den Ort. Ist Ihre Einrichtung nicht dabei, wenden Sie sich bitte per Telefon, E-Mail oder Brief an das Landesjugendamt.',
      chosen: (label) => `Gewählt: ${label}.`,
    },
    happened: {
      heading: '2. Was ist passiert?',
      hint: 'Bitte beantworten Sie die Fragen mit Ja oder Nein. Fragen, die nicht passen, können Sie auslassen.',
      yes: 'Ja',
      no: 'Nein',
    },
    questions: {
      admission_conditional_on_assistance: {
        text: 'Will die Einrichtung Ihr Kind nur aufnehmen oder den Vertrag nur schließen, wenn eine Assistenz bewilligt ist?',
      },
      hours_capped_to_assistance: {
        text: 'Darf Ihr Kind nur so viele Stunden betreut werden, wie die Assistenz bewilligt ist?',
      },
      absence_exclusion: {
        text: 'Muss Ihr Kind zu Hause bleiben oder abgeholt werden, wenn die Assistenz fehlt?',
        hint: 'Zum Beispiel, weil die Assistenz krank oder im Urlaub ist.',
      },
      activity_exclusion: {
        text: 'Darf Ihr Kind an Ausflügen, Festen oder anderen Angeboten nicht teilnehmen?',
      },
      termination_for_missing_assistance: {
        text: 'Hat der Träger den Betreuungsvertrag gekündigt, weil keine Assistenz da ist?',
      },
      parent_must_substitute: {
        text: 'Sollen Sie oder Angehörige Ihr Kind selbst begleiten, wenn die Assistenz fehlt?',
      },
      disability_exclusion: {
        text: 'Hat die Einrichtung Ihr Kind wegen seiner Behinderung nicht aufgenommen, kürzer betreut, ausgeschlossen oder ihm gekündigt?',
        hint: 'Auch wenn es um ein Verhalten geht, das mit der Behinderung zusammenhängt.',
      },
    },
    description: {
      label: 'Beschreiben Sie bitte mit Ihren Worten, was passiert ist (Pflichtfeld)',
      hint: 'Zum Beispiel: seit wann, wie oft und was die Einrichtung gesagt oder geschrieben hat. Höchstens 10.000 Zeichen.',
    },
    child: {
      legend: '3. Ihr Kind',
      hint: 'Wir speichern nicht den Namen Ihres Kindes, nur die Anfangsbuchstaben und das Geburtsjahr.',
      initials: 'Anfangsbuchstaben von Vor- und Nachname (Pflichtfeld)',
      initialsHint: 'Zum Beispiel M. K.',
      birthYear: 'Geburtsjahr (Pflichtfeld)',
      birthYearHint: 'Vierstellig, zum Beispiel 2019.',
      disability: 'Behinderung oder Förderbedarf (freiwillig)',
      disabilityHint:
        'Zum Beispiel Autismus oder Diabetes. Die Angabe hilft uns, ist aber freiwillig.',
    },
    contact: {
      legend: '4. So erreichen wir Sie',
      hint: 'Bitte geben Sie Ihren Namen und mindestens eine E-Mail-Adresse oder eine Telefonnummer an.',
      name: 'Ihr Name (Pflichtfeld)',
      email: 'E-Mail-Adresse',
      phone: 'Telefonnummer',
    },
    consent: {
      legend: '5. Ihr Einverständnis',
      label:
        'Ich bin einverstanden, dass das Landesjugendamt mich zu dieser Beschwerde per E-Mail oder Telefon kontaktiert. (Pflichtfeld)',
      privacy: [
        'Ihre Angaben werden verschlüsselt gespeichert und nur vom Landesjugendamt für Ihre Beschwerde verwendet. Einrichtung, Träger oder Jugendamt beziehen wir nur ein, wenn Sie damit einverstanden sind.',
      ],
    },
    honeypot: 'Dieses Feld bitte leer lassen',
    submit: 'Beschwerde senden',
    sending: 'Wird gesendet …',
    kind: KINDS,
    labels: {
      facilityId: 'Einrichtung',
      description: 'Beschreibung',
      'guardian.name': 'Ihr Name',
      'guardian.email': 'E-Mail-Adresse',
      'guardian.phone': 'Telefonnummer',
      'child.initials': 'Anfangsbuchstaben',
      'child.birthYear': 'Geburtsjahr',
      'child.disability': 'Behinderung oder Förderbedarf',
      contactConsent: 'Einverständnis',
    },
    errors: {
      summary: (n) =>
        n === 1 ? 'Bitte prüfen Sie eine Angabe:' : `Bitte prüfen Sie ${n} Angaben:`,
      facilityMissing: 'Bitte geben Sie den Namen oder den Ort der Einrichtung ein.',
      facilityNotChosen: 'Bitte wählen Sie die Einrichtung aus den Vorschlägen.',
      descriptionMissing: 'Bitte beschreiben Sie, was passiert ist.',
      tooLong: (max) =>
        `Bitte kürzen Sie den Text auf höchstens ${max.toLocaleString('de-DE')} Zeichen.`,
      nameMissing: 'Bitte geben Sie Ihren Namen an.',
      contactMissing: 'Bitte geben Sie eine E-Mail-Adresse oder eine Telefonnummer an.',
      email: 'Bitte prüfen Sie die E-Mail-Adresse, zum Beispiel name@beispiel.de.',
      phone: 'Bitte geben Sie die Telefonnummer mit Ziffern an, zum Beispiel 0221 123456.',
      initialsMissing: 'Bitte geben Sie die Anfangsbuchstaben Ihres Kindes an.',
      initials: 'Bitte geben Sie bis zu vier Großbuchstaben an, zum Beispiel M. K.',
      birthYear: (from, to) =>
        `Bitte geben Sie das Geburtsjahr vierstellig an, zwischen ${from} und ${to}.`,
      consent:
        'Bitte bestätigen Sie Ihr Einverständnis. Ohne es können wir Sie nicht kontaktieren.',
      honeypot:
        'Die Beschwerde wurde nicht gespeichert, weil ein verstecktes Feld ausgefüllt war (ein Schutz gegen automatische Einsendungen). Bitte senden Sie das Formular noch einmal.',
      network:
        'Der Server ist nicht erreichbar. Ihre Eingaben bleiben erhalten: Bitte versuchen Sie es später noch einmal.',
      failed:
        'Die Beschwerde konnte nicht gesendet werden. Bitte versuchen Sie es später noch einmal.',
    },
    done: {
      heading: 'Ihre Beschwerde ist eingegangen',
      referenceLabel: 'Ihr Aktenzeichen',
      referenceHint:
        'Bitte notieren Sie das Aktenzeichen und nennen Sie es, wenn Sie uns schreiben oder anrufen.',
      nextHeading: 'Wie es weitergeht',
      next: [
        'Eine Fachkraft des Landesjugendamts liest Ihre Beschwerde und prüft, ob die Einrichtung Ihr Kind ausschließen darf.',
        'Wir melden uns bei Ihnen per E-Mail oder Telefon, so wie Sie es angegeben haben.',
        'Bevor wir die Einrichtung, den Träger oder das Jugendamt einbeziehen, fragen wir Sie um Ihr Einverständnis.',
        'Halten Sie Unterlagen bereit, wenn Sie welche haben, zum Beispiel den Betreuungsvertrag, eine Nebenabrede oder Briefe der Einrichtung.',
      ],
      another: 'Eine weitere Beschwerde senden',
    },
  },
  easy: {
    title: 'Beschwerde in Leichter Sprache',
    doneTitle: 'Ihre Beschwerde ist angekommen',
    skipLink: 'Zum Formular springen',
    site: 'Landes-Jugendamt – Beschwerde',
    otherVariant: { to: '/beschwerde', label: 'Alltags-Sprache' },
    heading: 'Beschwerde in Leichter Sprache',
    intro: [
      'Hier können Sie sich beschweren.',
      'Es geht um Ihr Kind.',
      'Ihr Kind hat eine Behinderung.',
      'Ihr Kind geht in eine Kita oder in eine OGS.',
      'OGS heißt: Offene Ganztags-Schule.',
      'Dort werden Kinder nach dem Unterricht betreut.',
      'Ihr Kind darf dort nicht immer mitmachen.',
      'Das ist oft nicht erlaubt.',
      'Das Landes-Jugendamt prüft Ihre Beschwerde.',
      'Das Landes-Jugendamt ist ein Amt.',
      'Das Amt passt auf Kitas und OGS auf.',
    ],
    required: 'Manche Felder müssen Sie ausfüllen.\nBei diesen Feldern steht: Pflicht.',
    facility: {
      legend: 'Teil 1: Die Kita oder OGS',
      label: 'Name oder Ort von der Kita oder OGS (Pflicht)',
      hint: 'Schreiben Sie den Namen oder den Ort.\nDann kommt eine Liste.\nWählen Sie die Kita oder OGS aus der Liste.',
      found: (n) =>
        n === 1
          ? 'Wir haben 1 Kita oder OGS gefunden.\nBitte wählen Sie aus der Liste.'
          : `Wir haben ${n} Kitas oder OGS gefunden.\nBitte wählen Sie aus der Liste.`,
      none: 'Wir haben nichts gefunden.\nSchreiben Sie nur einen Teil vom Namen.\nOder schreiben Sie den Ort.\nIst Ihre Kita oder OGS nicht dabei?\nDann rufen Sie beim Landes-Jugendamt an.\nOder schreiben Sie dem Landes-Jugendamt.',
      chosen: (label) => `Sie haben gewählt: ${label}.`,
    },
    happened: {
      heading: 'Teil 2: Was ist passiert?',
      hint: 'Hier stehen Fragen.\nAntworten Sie mit Ja oder Nein.\nPasst eine Frage nicht?\nDann lassen Sie die Frage leer.',
      yes: 'Ja',
      no: 'Nein',
    },
    questions: {
      admission_conditional_on_assistance: {
        text: 'Sagt die Kita oder OGS: Ihr Kind bekommt nur einen Platz mit Assistenz?',
        hint: 'Eine Assistenz ist eine Person.\nDie Person hilft Ihrem Kind in der Kita oder OGS.',
      },
      hours_capped_to_assistance: {
        text: 'Darf Ihr Kind nur so lange bleiben wie die Assistenz?',
      },
      absence_exclusion: {
        text: 'Die Assistenz ist krank oder nicht da.\nMuss Ihr Kind dann zu Hause bleiben?',
      },
      activity_exclusion: {
        text: 'Muss Ihr Kind bei Ausflügen oder Festen zu Hause bleiben?',
      },
      termination_for_missing_assistance: {
        text: 'Ihr Kind hat keine Assistenz.\nHat die Kita oder OGS deshalb den Vertrag beendet?',
      },
      parent_must_substitute: {
        text: 'Die Assistenz ist nicht da.\nSollen Sie dann selbst mit in die Kita oder OGS gehen?',
      },
      disability_exclusion: {
        text: 'Ihr Kind hat eine Behinderung.\nSagt die Kita oder OGS deshalb: Ihr Kind darf nicht kommen?\nOder nur kürzer?',
      },
    },
    description: {
      label: 'Schreiben Sie hier: Was ist passiert? (Pflicht)',
      hint: 'Schreiben Sie mit Ihren eigenen Worten.\nZum Beispiel: Seit wann ist das so?\nWie oft ist das passiert?',
    },
    child: {
      legend: 'Teil 3: Ihr Kind',
      hint: 'Wir schreiben nicht den Namen von Ihrem Kind auf.\nWir schreiben nur die Anfangs-Buchstaben auf.\nUnd das Geburts-Jahr.',
      initials: 'Anfangs-Buchstaben von Ihrem Kind (Pflicht)',
      initialsHint: 'Ein Beispiel: Ihr Kind heißt Mia Klein.\nDann schreiben Sie: M. K.',
      birthYear: 'Geburts-Jahr von Ihrem Kind (Pflicht)',
      birthYearHint: 'Schreiben Sie das Jahr mit 4 Zahlen.\nZum Beispiel: 2019.',
      disability: 'Welche Behinderung hat Ihr Kind? (freiwillig)',
      disabilityHint: 'Das müssen Sie nicht schreiben.\nEs hilft uns aber.',
    },
    contact: {
      legend: 'Teil 4: So erreichen wir Sie',
      hint: 'Schreiben Sie Ihren Namen.\nSchreiben Sie auch Ihre E-Mail-Adresse oder Ihre Telefon-Nummer.\nEins von beiden reicht.',
      name: 'Ihr Name (Pflicht)',
      email: 'E-Mail-Adresse',
      phone: 'Telefon-Nummer',
    },
    consent: {
      legend: 'Teil 5: Sind Sie einverstanden?',
      label:
        'Ja, das Landes-Jugendamt darf mich anrufen.\nOder mir eine E-Mail schreiben. (Pflicht)',
      privacy: [
        'Wir schützen Ihre Daten.',
        'Nur das Landes-Jugendamt liest Ihre Beschwerde.',
        'Wir sprechen nicht ohne Sie mit der Kita oder OGS.',
        'Wir fragen Sie vorher.',
      ],
    },
    honeypot: 'Dieses Feld bitte leer lassen',
    submit: 'Beschwerde senden',
    sending: 'Wird gesendet …',
    kind: KINDS,
    labels: {
      facilityId: 'Kita oder OGS',
      description: 'Ihr Text',
      'guardian.name': 'Ihr Name',
      'guardian.email': 'E-Mail-Adresse',
      'guardian.phone': 'Telefon-Nummer',
      'child.initials': 'Anfangs-Buchstaben',
      'child.birthYear': 'Geburts-Jahr',
      'child.disability': 'Behinderung',
      contactConsent: 'Einverstanden',
    },
    errors: {
      summary: (n) =>
        n === 1
          ? 'Bitte prüfen Sie 1 Angabe.\nHier steht die Angabe:'
          : `Bitte prüfen Sie ${n} Angaben.\nHier stehen die Angaben:`,
      facilityMissing: 'Bitte schreiben Sie den Namen oder den Ort von der Kita oder OGS.',
      facilityNotChosen: 'Bitte wählen Sie die Kita oder OGS aus der Liste.',
      descriptionMissing: 'Bitte schreiben Sie: Was ist passiert?',
      tooLong: (max) =>
        `Der Text ist zu lang.\nBitte schreiben Sie höchstens ${max.toLocaleString('de-DE')} Zeichen.`,
      nameMissing: 'Bitte schreiben Sie Ihren Namen.',
      contactMissing: 'Bitte schreiben Sie Ihre E-Mail-Adresse.\nOder Ihre Telefon-Nummer.',
      email: 'Die E-Mail-Adresse stimmt nicht.\nBitte prüfen Sie die E-Mail-Adresse.',
      phone: 'Die Telefon-Nummer stimmt nicht.\nBitte schreiben Sie nur Zahlen.',
      initialsMissing: 'Bitte schreiben Sie die Anfangs-Buchstaben von Ihrem Kind.',
      initials: 'Bitte schreiben Sie nur große Buchstaben.\nZum Beispiel: M. K.',
      birthYear: (from, to) =>
        `Bitte schreiben Sie das Geburts-Jahr mit 4 Zahlen.\nDas Jahr ist von ${from} bis ${to}.`,
      consent:
        'Bitte setzen Sie das Häkchen.\nSonst können wir Sie nicht anrufen.\nUnd Ihnen nicht schreiben.',
      honeypot:
        'Ihre Beschwerde ist nicht angekommen.\nEin verstecktes Feld war ausgefüllt.\nBitte senden Sie die Beschwerde noch einmal.',
      rateLimited:
        'Von Ihrem Anschluss kamen sehr viele Beschwerden.\nBitte warten Sie.\nVersuchen Sie es später noch einmal.',
      network:
        'Das hat nicht geklappt.\nDer Server antwortet nicht.\nBitte versuchen Sie es später noch einmal.',
      failed: 'Das hat nicht geklappt.\nBitte versuchen Sie es später noch einmal.',
    },
    done: {
      heading: 'Ihre Beschwerde ist angekommen',
      referenceLabel: 'Ihre Nummer für die Beschwerde',
      referenceHint:
        'Die Nummer heißt: Akten-Zeichen.\nBitte schreiben Sie die Nummer auf.\nSie rufen uns an?\nOder Sie schreiben uns?\nDann sagen Sie uns die Nummer.',
      nextHeading: 'So geht es weiter',
      next: [
        'Wir lesen Ihre Beschwerde.',
        'Wir prüfen: Darf die Kita oder OGS das machen?',
        'Dann melden wir uns bei Ihnen.',
        'Wir fragen Sie: Dürfen wir mit der Kita oder OGS sprechen?',
        'Haben Sie Briefe oder einen Vertrag von der Kita oder OGS?\nDann heben Sie die Briefe und den Vertrag bitte auf.',
      ],
      another: 'Noch eine Beschwerde senden',
    },
  },
};
