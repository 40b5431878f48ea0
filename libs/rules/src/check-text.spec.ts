import { checkText } from './check-text';
import { NORMS } from './norms';
import { type Setting } from './patterns';
import { RULES, activeRules, ruleSetVersion } from './rule-set';

const ruleIds = (text: string, setting: Setting) =>
  checkText(text, setting).findings.map((f) => f.ruleId);

/*
 * Every rule with a text that must trigger it and a look-alike that must not. The texts are
 * written for these tests, in words the labelled files do not use.
 */
const EXAMPLES: { rule: string; setting: Setting; positive: string; negative: string }[] = [
  {
    rule: 'kita.absence_exclusion',
    setting: 'kita',
    positive:
      'Ist die Teilhabeassistentin verhindert, kann Ihr Sohn an diesem Tag leider nicht in die Kita kommen.',
    negative:
      'Ist die Teilhabeassistentin verhindert, begleitet eine Erzieherin der Gruppe Ihren Sohn wie gewohnt.',
  },
  {
    rule: 'ogs.absence_exclusion',
    setting: 'ogs',
    positive:
      'Fehlt der Schulbegleiter, muss Noah nach der letzten Unterrichtsstunde nach Hause gehen.',
    negative:
      'Fehlt der Schulbegleiter, geben Sie uns bitte kurz Bescheid, damit wir planen können.',
  },
  {
    rule: 'kita.hours_capped_to_assistance',
    setting: 'kita',
    positive:
      'Die Betreuungszeit wird auf die bewilligten 20 Wochenstunden der KiTa-Assistenz begrenzt.',
    negative:
      'Die Betreuungszeit beträgt wie gebucht 45 Wochenstunden, auch wenn die KiTa-Assistenz nur 20 Stunden bewilligt hat.',
  },
  {
    rule: 'ogs.hours_capped_to_assistance',
    setting: 'ogs',
    positive:
      'Solange die Schulbegleitung nur bis 13 Uhr bewilligt ist, kann Ben den Ganztag nur bis 13 Uhr besuchen.',
    negative: 'Der Ganztag endet für alle Kinder um 16 Uhr.',
  },
  {
    rule: 'kita.admission_conditional_on_assistance',
    setting: 'kita',
    positive:
      'Den Betreuungsvertrag unterschreiben wir erst, wenn der Bewilligungsbescheid für die Integrationshilfe vorliegt.',
    negative:
      'Den Betreuungsvertrag unterschreiben wir unabhängig davon, ob die Integrationshilfe schon bewilligt ist.',
  },
  {
    rule: 'ogs.admission_conditional_on_assistance',
    setting: 'ogs',
    positive:
      'Eine Aufnahme in den offenen Ganztag ist nur möglich, sofern eine Kostenzusage für die Schulbegleitung vorliegt.',
    negative:
      'Die Aufnahme in den offenen Ganztag setzt keine Kostenzusage für eine Schulbegleitung voraus.',
  },
  {
    rule: 'kita.termination_for_missing_assistance',
    setting: 'kita',
    positive:
      'Wird die Inklusionsassistenz nicht weiter bewilligt, kündigt der Träger den Betreuungsvertrag zum Monatsende.',
    negative:
      'Der Betreuungsvertrag kann mit einer Frist von vier Wochen gekündigt werden. Ein Wechsel der Inklusionsassistenz ist kein Kündigungsgrund.',
  },
  {
    rule: 'ogs.termination_for_missing_assistance',
    setting: 'ogs',
    positive:
      'Weil für Lukas keine Schulbegleitung mehr gefunden wurde, wird sein OGS-Vertrag aufgelöst.',
    negative:
      'Der OGS-Vertrag endet mit dem Ende der Grundschulzeit. Die Schulbegleitung wird davon nicht berührt.',
  },
  {
    rule: 'kita.activity_exclusion',
    setting: 'kita',
    positive:
      'Beim Schwimmkurs bleibt Jana in der Kita, wenn ihre Integrationskraft an dem Tag nicht da ist.',
    negative:
      'Beim Schwimmkurs ist Jana dabei; ist ihre Integrationskraft nicht da, übernimmt eine Erzieherin die Begleitung.',
  },
  {
    rule: 'ogs.activity_exclusion',
    setting: 'ogs',
    positive:
      'An der Theater-AG können Kinder mit Schulassistenz nur teilnehmen, wenn ihre Assistenz eingeteilt ist.',
    negative:
      'An der Theater-AG nehmen alle angemeldeten Kinder teil; die Schulassistenz unterstützt dort, wenn sie eingeteilt ist.',
  },
  {
    rule: 'kita.parent_must_substitute',
    setting: 'kita',
    positive:
      'An Tagen ohne Assistenz muss ein Elternteil das Kind in der Gruppe begleiten, sonst kann es nicht betreut werden.',
    negative:
      'An Tagen ohne Assistenz betreut das Gruppenteam das Kind; die Eltern müssen nichts veranlassen.',
  },
  {
    rule: 'ogs.parent_must_substitute',
    setting: 'ogs',
    positive:
      'Fällt die Schulbegleitung aus, erwarten wir, dass die Mutter ihren Sohn am Nachmittag im Ganztag begleitet.',
    negative:
      'Fällt die Schulbegleitung aus, informiert die Mutter bitte das OGS-Büro; ihr Sohn bleibt wie gewohnt im Ganztag.',
  },
  {
    rule: 'kita.review.medical',
    setting: 'kita',
    positive:
      'Da nur die Assistenzkraft in der Gabe des Notfallmedikaments bei Krampfanfällen geschult ist, kann Ella an Tagen ohne sie nicht kommen.',
    negative:
      'An Tagen ohne Assistenzkraft kann Ella nicht kommen, weil die Kita keine Vertretung organisieren will.',
  },
  {
    rule: 'ogs.review.medical',
    setting: 'ogs',
    positive:
      'Die Sondenernährung von Timo darf laut ärztlicher Verordnung nur die Pflegekraft übernehmen; fehlt sie, endet sein Ganztag mittags.',
    negative:
      'Fehlt die Schulbegleitung von Timo, endet sein Ganztag mittags, weil niemand anderes Zeit hat.',
  },
  {
    rule: 'kita.review.weighing',
    setting: 'kita',
    positive:
      'Wegen Personalmangels unter der Mindestbesetzung haben wir nach Abwägung der Belange der Gruppe entschieden, dass Leon ohne seine Integrationskraft vorerst nur bis 12 Uhr bleibt.',
    negative:
      'Wegen Personalmangels unter der Mindestbesetzung endet die Betreuung diese Woche für alle Kinder um 12 Uhr, unabhängig von einer Assistenz.',
  },
  {
    rule: 'ogs.review.weighing',
    setting: 'ogs',
    positive:
      'Nach einer Gefährdungseinschätzung für die ganze Gruppe nimmt Mert wegen seiner Weglauftendenz vorerst nur vormittags teil, bis seine Schulbegleitung bewilligt ist.',
    negative: 'Mert nimmt nur vormittags teil, bis seine Schulbegleitung bewilligt ist.',
  },
  {
    rule: 'kita.disability_exclusion',
    setting: 'kita',
    positive:
      'Wegen der Trisomie 21 Ihrer Tochter können wir ihr zum Sommer leider keinen Betreuungsplatz anbieten.',
    negative:
      'Ihre Tochter mit Trisomie 21 beginnt im August in der Bärengruppe; die Eingewöhnung planen wir gemeinsam.',
  },
  {
    rule: 'ogs.disability_exclusion',
    setting: 'ogs',
    positive:
      'Aufgrund seines Asperger-Syndroms kann Jonas ab sofort nur noch bis 13 Uhr am Ganztag teilnehmen.',
    negative: 'Jonas mit Asperger-Syndrom nimmt wie alle Kinder bis 16 Uhr am Ganztag teil.',
  },
  {
    rule: 'kita.review.unclear',
    setting: 'kita',
    positive:
      'Ob Emil am Waldtag teilnimmt, wird jeweils nach Rücksprache mit seiner Teilhabeassistentin entschieden.',
    negative:
      'Die Teilhabeassistentin von Emil schreibt ihre Beobachtungen für die Entwicklungsgespräche auf.',
  },
  {
    rule: 'ogs.review.unclear',
    setting: 'ogs',
    positive: 'Ob Mia am Ausflug ins Museum teilnimmt, klären wir mit ihrer Schulbegleiterin.',
    negative: 'Die Schulbegleiterin von Mia dokumentiert ihre Arbeit in einem Wochenbericht.',
  },
  {
    rule: 'kita.review.unclear_disability',
    setting: 'kita',
    positive:
      'Wegen ihrer Epilepsie wird über Hannas Betreuungszeit im Sommer noch einmal gesprochen.',
    negative:
      'Hanna hat Epilepsie; ihr Notfallplan hängt in der Gruppe, und alle Fachkräfte sind eingewiesen.',
  },
  {
    rule: 'ogs.review.unclear_disability',
    setting: 'ogs',
    positive:
      'Ob Jonas mit seinem Rollstuhl an den Ganztagsangeboten teilnimmt, klären wir im Herbst.',
    negative: 'Jonas fährt Rollstuhl; der Aufzug zur Mensa ist repariert.',
  },
  {
    rule: 'kita.review.second_opinion',
    setting: 'kita',
    positive:
      'Die Kita sagt, ohne Frau Kaya gehe es mit Tom gerade nicht, er soll erst mal zu Hause bleiben.',
    negative:
      'Der Elternbeitrag für Tom wird monatlich fällig und richtet sich nach dem Einkommen.',
  },
  {
    rule: 'ogs.review.second_opinion',
    setting: 'ogs',
    positive:
      'Weil Frau Demir im Krankenstand ist, soll Mia vorerst mittags mit dem Bus heimfahren, hieß es vom Ganztag.',
    negative: 'Der Beitrag für das Mittagessen von Mia wird monatlich vom Konto abgebucht.',
  },
  {
    rule: 'lawful.provider_cover.kita',
    setting: 'kita',
    positive:
      'Ist die Integrationskraft krank, springt eine Springerkraft des Trägers ein und das Kind wird weiterhin betreut.',
    negative:
      'Ist die Integrationskraft krank, muss das Kind zu Hause bleiben, weil keine Springerkraft zur Verfügung steht.',
  },
  {
    rule: 'lawful.provider_cover.ogs',
    setting: 'ogs',
    positive:
      'Bei Ausfall der Schulbegleitung übernimmt eine Kollegin aus dem OGS-Team die Begleitung.',
    negative: 'Bei Ausfall der Schulbegleitung ist eine Teilnahme am Ganztag nicht möglich.',
  },
  {
    rule: 'lawful.same_for_all.kita',
    setting: 'kita',
    positive:
      'Die Kita ist zwischen Weihnachten und Neujahr für alle Kinder geschlossen; das gilt auch für Kinder mit Integrationskraft.',
    negative:
      'Die Kita ist für Kinder mit Integrationskraft an Tagen geschlossen, an denen die Integrationskraft fehlt.',
  },
  {
    rule: 'lawful.same_for_all.ogs',
    setting: 'ogs',
    positive:
      'Die Abholzeiten gelten für jedes Kind der OGS gleichermaßen, auch für Kinder mit Schulbegleitung.',
    negative:
      'Kinder mit Schulbegleitung müssen abgeholt werden, sobald ihre Schulbegleitung Feierabend hat.',
  },
  {
    rule: 'lawful.shortage_for_all',
    setting: 'kita',
    positive:
      'Wegen Unterschreitung der Mindestausstattung endet die Betreuung diese Woche in allen Gruppen um 14 Uhr.',
    negative:
      'Wegen Unterschreitung der Mindestausstattung gehen die Kinder mit Integrationskraft diese Woche um 12 Uhr nach Hause.',
  },
  {
    rule: 'lawful.no_dependency.kita',
    setting: 'kita',
    positive:
      'Ob eine KiTa-Assistenz beantragt wurde, hat keinen Einfluss auf die Vergabe der Plätze.',
    negative: 'Ohne beantragte KiTa-Assistenz vergeben wir keinen Platz.',
  },
  {
    rule: 'lawful.no_dependency.ogs',
    setting: 'ogs',
    positive: 'Für die Teilnahme am Ganztag ist eine Schulbegleitung nicht erforderlich.',
    negative: 'Für die Teilnahme am Ganztag ist eine bewilligte Schulbegleitung Voraussetzung.',
  },
  {
    rule: 'lawful.parents_wish',
    setting: 'kita',
    positive:
      'Auf Wunsch der Eltern holen sie Leni an den Tagen ohne Integrationskraft schon mittags ab.',
    negative: 'An den Tagen ohne Integrationskraft müssen die Eltern Leni schon mittags abholen.',
  },
  {
    rule: 'lawful.own_illness',
    setting: 'kita',
    positive:
      'Hat ein Kind Fieber, bleibt es bis 24 Stunden nach dem Abklingen zu Hause; das gilt auch für Kinder mit Integrationskraft.',
    negative: 'Hat die Integrationskraft Fieber, bleibt das Kind bis zu ihrer Genesung zu Hause.',
  },
  {
    rule: 'lawful.pool.kita',
    setting: 'kita',
    positive:
      'Die Kita-Assistenz wird im Poolmodell für mehrere Kinder der Einrichtung gemeinsam erbracht.',
    negative:
      'Im Poolmodell der Kita bleibt ein Kind zu Hause, wenn seine Kita-Assistenz ausfällt.',
  },
  {
    rule: 'lawful.pool.ogs',
    setting: 'ogs',
    positive:
      'Im Poolmodell der Schule teilen sich mehrere Kinder drei Schulbegleiterinnen; fällt eine aus, werden die Einsätze neu verteilt.',
    negative:
      'Im Poolmodell der Schule bleibt ein Kind zu Hause, wenn seine Schulbegleiterin ausfällt.',
  },
  {
    rule: 'lawful.abolished',
    setting: 'ogs',
    positive:
      'Die frühere Klausel, nach der Kinder bei fehlender Schulbegleitung mittags abgeholt werden mussten, hat der Träger gestrichen.',
    negative: 'Bei fehlender Schulbegleitung müssen Kinder mittags abgeholt werden.',
  },
  {
    rule: 'lawful.report_only',
    setting: 'kita',
    positive: 'Bitte melden Sie uns morgens, wenn die Inklusionsassistenz ausfällt.',
    negative: 'Fällt die Inklusionsassistenz aus, melden Sie Ihr Kind bitte für den Tag ab.',
  },
];

describe('each rule', () => {
  it('has an example here', () => {
    const covered = new Set(EXAMPLES.map((e) => e.rule));
    expect(RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it.each(EXAMPLES)('$rule finds its case', ({ rule, setting, positive }) => {
    expect(ruleIds(positive, setting)).toContain(rule);
  });

  it.each(EXAMPLES)('$rule keeps quiet on its look-alike', ({ rule, setting, negative }) => {
    expect(ruleIds(negative, setting)).not.toContain(rule);
  });
});

describe('text as it comes', () => {
  it('knows the assistant by the name she was introduced with', () => {
    const minutes =
      'Teilnehmende: Eltern, Gruppenleitung Fr. Weiß, Kita-Assistenz Fr. K., Leitung\n\n' +
      '3. Organisatorisches: Bei Abwesenheit von Fr. K. kann Finn die Einrichtung nicht besuchen.';
    expect(checkText(minutes, 'kita')).toMatchObject({
      verdict: 'unlawful',
      pattern: 'absence_exclusion',
    });
    // Without the introduction "Fr. K." could be anyone, but a person whose absence keeps one
    // child away is that child's assistant in effect; naming her in passing is not enough.
    expect(
      checkText('Bei Abwesenheit von Fr. K. kann Finn die Einrichtung nicht besuchen.', 'kita')
        .verdict,
    ).toBe('unlawful');
    expect(
      checkText('Fr. K. hat heute Geburtstag, Finn hat ihr ein Bild gemalt.', 'kita').verdict,
    ).toBe('lawful');
  });

  it("reads the office's abbreviations without breaking the sentence", () => {
    const note =
      'Anruf 09.10.: Schulbegl.-Träger meldet, I-Kraft (Hr. T.) zwei Wo. krank; Kind n. Rücksprache nur bis Unterrichtsende.';
    expect(checkText(note, 'ogs').verdict).not.toBe('lawful');
  });

  it("never calls lawful an unexplained passage on the assistant and the child's care", () => {
    const text =
      'Im Frühjahr war Frau Marina, die Begleiterin von Tim, oft krank. Die Gruppe plant deshalb die Abholzeiten neu.';
    const result = checkText(text, 'kita');
    expect(result.verdict).toBe('review');
    expect(result.findings[0].explanation).toContain('Bitte lesen Sie die Stelle selbst');
  });

  it("sends one child's day cut below everyone's to review", () => {
    const letter =
      'Wegen Personalmangels gilt für alle Kinder diese Woche eine Betreuung bis 14 Uhr. Für Ben gilt bis 12 Uhr, weil er wegen seiner Anfälle eine enge Aufsicht braucht.';
    expect(checkText(letter, 'kita')).toMatchObject({ verdict: 'review' });
    const same =
      'Wegen Personalmangels gilt für alle Kinder diese Woche eine Betreuung bis 14 Uhr. Das gilt auch für Ben bis 14 Uhr.';
    expect(checkText(same, 'kita', undefined, { secondOpinion: false }).verdict).toBe('lawful');
  });

  it('knows the assistant giving notice from a notice to the child', () => {
    const quits =
      'Die Assistenz von unserem Sohn Leo hat zum 30.09. gekündigt. Leo geht ganz normal weiter in seine Gruppe.';
    expect(checkText(quits, 'kita').verdict).not.toBe('unlawful');
    const ended =
      'Die Assistenz von unserem Sohn Leo fällt seit September aus. Deshalb hat die Kita den Betreuungsvertrag gekündigt.';
    expect(checkText(ended, 'kita')).toMatchObject({
      verdict: 'unlawful',
      pattern: 'termination_for_missing_assistance',
    });
  });

  it('reads a chat line by line: a quoted question is no statement', () => {
    const chat =
      'mama ida: oh muss er jetzt zuhause bleiben?\npapa finn: ne, die ogs hat gesagt er bleibt ganz normal bis 16 uhr, frau kaya aus dem team macht das mit';
    expect(checkText(chat, 'ogs').verdict).not.toBe('unlawful');
  });

  it('reads a negation inside "darf … nicht mit" as an exclusion from the outing', () => {
    const mail = 'Leni darf am Freitag nicht mit in den Zoo, weil ihre Begleitung frei hat.';
    expect(checkText(mail, 'kita')).toMatchObject({
      verdict: 'unlawful',
      pattern: 'activity_exclusion',
    });
  });

  it('knows the assistant described by her service or by what she does', () => {
    const chat = 'die kita sagt, wenn die dame vom dienst krank ist, muss ole zuhause bleiben';
    expect(checkText(chat, 'kita').verdict).toBe('unlawful');
    const report =
      'Immer wenn die Kollegin vom Verein fehle, die ihren Sohn begleitet, müsse Paul daheim bleiben, sagt die Mutter.';
    expect(checkText(report, 'kita').verdict).toBe('unlawful');
    // "Herr Sommer übernimmt die Begleitung" is staff covering, not the assistant described.
    const cover =
      'Frau T. ist krank. In dieser Zeit übernimmt Herr Sommer aus der Gruppe die Begleitung beim Essen; Paul kommt wie immer.';
    expect(checkText(cover, 'kita').verdict).not.toBe('unlawful');
  });

  it('reads a proposal that the next sentence rejects, and a rule said to be wrong, as no restriction', () => {
    const minutes =
      'Ein Vater schlägt vor, Kinder mit Assistenz an Tagen ohne Assistenz früher abholen zu lassen. Der Beirat lehnt den Vorschlag ab.';
    expect(checkText(minutes, 'kita').verdict).not.toBe('unlawful');
    const correction =
      'Der Satz „Fehlt die Schulbegleitung, endet die OGS nach dem Unterricht“ ist falsch und gilt nicht. Alle Kinder bleiben bis 16 Uhr.';
    expect(checkText(correction, 'ogs').verdict).not.toBe('unlawful');
    const forbidden =
      'Fehlt eine Assistenz, bleibt das Kind in der Gruppe. Ein Anruf bei den Eltern mit der Bitte, das Kind abzuholen, ist nicht zulässig.';
    expect(checkText(forbidden, 'kita').verdict).not.toBe('unlawful');
  });

  it('reads a scanned letter: words hyphenated at the line end, "l" for "I"', () => {
    const scan =
      'Eine Aufnahme lhres Sohnes ist nur mög-\nlich, sofern zeitgleich eine Kita-Assis-\ntenz bewilligt wird.';
    expect(checkText(scan, 'kita')).toMatchObject({
      verdict: 'unlawful',
      pattern: 'admission_conditional_on_assistance',
    });
  });

  it('reads a why-question as taking for granted what it asks about', () => {
    const question =
      'Warum durfte Mia nicht mit ins Museum, nur weil ihre Schulbegleitung krank war?';
    expect(checkText(question, 'ogs').verdict).toBe('unlawful');
  });

  it("reads a note's abbreviations written in lower case as part of the sentence", () => {
    const note =
      'Tel.-Notiz: Bei Krankheit der I-Kraft wird Ki. lt. KM regelm. nach dem Unterricht heimgeschickt.';
    expect(checkText(note, 'ogs').verdict).toBe('unlawful');
  });

  it('ends a sentence after a school year when a new one begins', () => {
    const text =
      'Die Teilnahme endet mit Ablauf des Schuljahres 2024/25. Die Schulbegleitung wurde informiert.';
    expect(checkText(text, 'ogs', undefined, { secondOpinion: false }).verdict).not.toBe(
      'unlawful',
    );
  });

  it('reads words that look like a restriction but speak of something else', () => {
    const texts = [
      // the parents ended it themselves
      'Wir haben den Vertrag von Ella selbst gekündigt, weil wir umziehen. Die Schulbegleitung war immer super. Bitte die Abmeldung bestätigen.',
      // "nur" of the speaker, "keine Panik" of comfort
      'ich wollte nur sagen die kita hat gesagt wenn die assistenz krank ist kann ben trotzdem ganz normal kommen also keine panik',
      // a complaint closed, an agreement concluded, a day's sick note passed on
      'Die Regel, dass Ida ohne Begleitung abgeholt werden muss, ist zurückgenommen. Die Beschwerde kann geschlossen werden.',
      'Mit dem Anstellungsträger der Assistenzkräfte haben wir eine Vereinbarung über kurzfristige Vertretungen geschlossen.',
      'Hat Ihr Kind eine Kita-Assistenz, geben wir die Abmeldung an die Assistenzkraft weiter.',
      'Eine bis dahin nicht bewilligte Kita-Assistenz steht dem Vertragsschluss nicht entgegen.',
    ];
    for (const text of texts)
      expect({ text, verdict: checkText(text, 'kita').verdict }).not.toMatchObject({
        verdict: 'unlawful',
      });
  });

  it('reads telegraphic notes and the abbreviations parents use for the assistant', () => {
    expect(checkText('Do: Inki krank → Jonas daheim (so die Kita)', 'kita').verdict).toBe(
      'unlawful',
    );
    expect(
      checkText('Mo–Fr: Lea um 12:15 holen (SchuBe nur bis 12, danach nehmen die sie nicht)', 'ogs')
        .verdict,
    ).toBe('unlawful');
  });

  it('takes an assistant named only to say she plays no part as no anchor: the disability is the reason', () => {
    const note =
      'Laut Mutter wurde T. (Down-Syndrom) bei der Anmeldung abgewiesen, so ein Kind könne man nicht betreuen. Eine Assistenz war gar kein Thema.';
    expect(checkText(note, 'kita')).toMatchObject({
      verdict: 'unlawful',
      pattern: 'disability_exclusion',
    });
  });

  it('ends what a chat line said at its emoji', () => {
    const chat = 'Bea: Ole bleibt morgen zuhause, Magen-Darm 🤢 Seine Inki hat eh Urlaub.';
    expect(checkText(chat, 'kita').verdict).not.toBe('unlawful');
  });

  it("takes a person whose absence keeps one child away as that child's assistant", () => {
    expect(
      checkText('Fr. Yilmaz morgen Fortbildung → Ben bitte NICHT bringen!', 'kita').verdict,
    ).toBe('unlawful');
    const helper =
      'Mein Sohn hat eine Frau, die hilft ihm in Kita. Wenn sie ist krank, Kita sagt, er muss zu Hause bleiben.';
    expect(checkText(helper, 'kita').verdict).toBe('unlawful');
    // Absent staff for everyone is a matter of all children.
    const all = 'Frau Berg ist krank, deshalb bleibt die Gruppe heute für alle Kinder geschlossen.';
    expect(checkText(all, 'kita').verdict).not.toBe('unlawful');
  });

  it('reads the law stated, and a child sent home because it is ill itself, as no restriction', () => {
    const law =
      'Die Aufnahme an einer Schule darf nicht an die Bedingung geknüpft sein, dass das Kind eine Schulbegleitung erhält. Ein Ausfall der Schulassistenz ist kein Grund zum Ausschluss.';
    expect(checkText(law, 'ogs').verdict).not.toBe('unlawful');
    const ill =
      'Unser Sohn hat eine Schulbegleitung wegen einer chronischen Erkrankung. Heute hatte er Bauchschmerzen und ich sollte ihn abholen.';
    expect(checkText(ill, 'ogs').verdict).not.toBe('unlawful');
  });

  it('takes "Frau B., die ihn sonst begleitet" for the assistant, not a parent standing in', () => {
    const report =
      'Am Waldtag blieb Tim auf Anweisung der Leitung in der Einrichtung, da Frau B., die Tim sonst begleitet, im Urlaub war.';
    expect(checkText(report, 'kita')).toMatchObject({
      verdict: 'unlawful',
      pattern: 'activity_exclusion',
    });
  });

  it('knows a special-needs category as the disability', () => {
    const minutes =
      'Die OGS-Leitung teilt mit, dass für Kinder mit dem Förderschwerpunkt Geistige Entwicklung keine Ganztagsplätze mehr angeboten werden.';
    expect(checkText(minutes, 'ogs')).toMatchObject({
      verdict: 'unlawful',
      pattern: 'disability_exclusion',
    });
  });

  it('reads one child singled out from all who went', () => {
    const post =
      'Zum Ausflug durften alle Kinder aus der Gruppe mit – nur meine Lotta nicht. Begründung der Leitung: ihre Kita-Assistenz hatte frei und „wir können die Verantwortung nicht übernehmen“.';
    expect(checkText(post, 'kita')).toMatchObject({
      verdict: 'unlawful',
      pattern: 'activity_exclusion',
    });
  });

  it('ends a sentence at a stop after a closing quote, and keeps an emoji whole', () => {
    const text = 'Sie sagen, er muss „zu Hause bleiben“. Die anderen bleiben 😤 Ich bin sauer.';
    const result = checkText(text, 'kita');
    for (const f of result.findings)
      expect(f.evidence.text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(
      checkText('Tim (V. a. ASS) darf nicht mehr in die OGS, er sprenge die Gruppe.', 'ogs')
        .pattern,
    ).toBe('disability_exclusion');
  });

  it('reads a restriction the text later says was taken back, and a child reported absent for its own reasons', () => {
    const update =
      'Die Kita hatte verlangt, Jonte abzuholen, sobald seine Integrationskraft fehlt. Nach dem Gespräch mit der Fachberatung hat sich die Leitung entschuldigt. Die Regel ist gestrichen, schriftlich!';
    expect(checkText(update, 'kita').verdict).not.toBe('unlawful');
    const absent =
      'Bitte melden Sie Luis morgen ab, wenn er zum Arzt geht, damit die Schulbegleitung nicht umsonst kommt.';
    expect(checkText(absent, 'ogs').verdict).not.toBe('unlawful');
  });

  it('reads a contract that denies the restriction, whichever way German puts the negation', () => {
    const clauses = [
      'Ein Betreuungsvertrag wird nicht gekündigt, weil eine Assistenz nicht bewilligt oder nicht verlängert wird.',
      'Die Zahl der bewilligten Assistenzstunden begrenzt die Buchungszeit nicht.',
      'Kürzungen gelten für alle Gruppen. Kinder mit Assistenzbedarf werden dabei nicht vorrangig nach Hause geschickt.',
      'Niemand wird wegen einer Behinderung abgelehnt oder früher nach Hause geschickt.',
    ];
    for (const text of clauses)
      expect({ text, verdict: checkText(text, 'kita').verdict }).not.toMatchObject({
        verdict: 'unlawful',
      });
    // "nur Montag und Dienstag, die anderen Tage nicht" keeps its restriction.
    expect(
      checkText(
        'Die OGS sagt, er ist zu unruhig wegen seinem Autismus. Er darf nur Montag und Dienstag kommen, die anderen Tage nicht.',
        'ogs',
      ).verdict,
    ).toBe('unlawful');
  });

  it('reads a table pasted as text row by row', () => {
    const table =
      'Name | Änderung | Grund\nL. K. | Kündigung durch Träger | Schulbegleitung entfallen\nM. P. | Kündigung durch Eltern | Umzug';
    expect(checkText(table, 'ogs')).toMatchObject({
      verdict: 'unlawful',
      pattern: 'termination_for_missing_assistance',
    });
  });

  it('ends a sentence after a date with its year', () => {
    const letter =
      'Da der Folgebescheid für die Kita-Assistenz bislang nicht vorliegt, kündigen wir den Betreuungsvertrag zum 31.07.2024. Sollte er noch eingehen, sprechen Sie uns gerne an.';
    expect(checkText(letter, 'kita')).toMatchObject({
      verdict: 'unlawful',
      pattern: 'termination_for_missing_assistance',
    });
  });
});

describe('a finding', () => {
  const text =
    'Präambel. Der Träger betreut alle Kinder nach dem KiBiz. ' +
    '§ 4 Nebenabrede: Ist die Kita-Assistenz krank, wird das Kind nicht betreut. ' +
    '§ 5 Schlussbestimmungen. Änderungen bedürfen der Schriftform.';
  const result = checkText(text, 'kita');
  const finding = result.findings.find((f) => f.verdict === 'unlawful');

  it('points at the words of the original text that carry it', () => {
    expect(finding?.evidence.text).toBe(
      '§ 4 Nebenabrede: Ist die Kita-Assistenz krank, wird das Kind nicht betreut',
    );
    expect(text.slice(finding!.evidence.start, finding!.evidence.end)).toBe(finding?.evidence.text);
  });

  it('cites norms from the catalogue and explains itself in German', () => {
    expect(finding?.norms).toEqual([
      'KiBiz § 7',
      'KiBiz § 8',
      'SGB IX § 91 Abs. 2 S. 2',
      'KiBiz § 26 Abs. 3',
    ]);
    expect(finding?.explanation).toContain('§ 7 KiBiz');
    expect(finding?.ruleVersion).toBe(1);
  });

  it('makes the overall verdict the most serious one', () => {
    expect(result.verdict).toBe('unlawful');
    expect(result.pattern).toBe('absence_exclusion');
  });

  it('is found in spellings without umlauts too', () => {
    const plain = checkText(
      'Ist die Kita-Assistenz krank, wird das Kind nicht betreut. Aenderungen beduerfen der Schriftform.',
      'kita',
    );
    expect(plain.verdict).toBe('unlawful');
  });
});

describe('the reading of a text', () => {
  it('judges a statement even when a question follows it after a dash or semicolon', () => {
    for (const text of [
      'Fehlt die Integrationskraft, bleibt das Kind zu Hause – ist das rechtens?',
      'Fehlt die Integrationskraft, bleibt das Kind zu Hause; darf die Kita das?',
    ])
      expect(checkText(text, 'kita').verdict).toBe('unlawful');
    // A question on its own restricts no one.
    // The rules alone: a question states nothing (the second opinion may still ask for a review).
    expect(
      checkText('Muss das Kind zu Hause bleiben, wenn die Assistenz fehlt?', 'kita', undefined, {
        secondOpinion: false,
      }).verdict,
    ).toBe('lawful');
  });

  it('reads decomposed umlauts (as macOS writes them) like composed ones', () => {
    const composed =
      'Wird die Assistenz nicht weiter bewilligt, kündigen wir den Vertrag zum Monatsende.';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    const result = checkText(decomposed, 'kita');
    expect(result.pattern).toBe('termination_for_missing_assistance');
    expect(result.findings[0].evidence.text).toBe(decomposed.slice(0, -1));
  });

  it('takes the day of a rule from the German calendar', () => {
    // 1 August 2026, 01:30 in Berlin, is still 31 July in UTC.
    const text = 'Fehlt die Integrationskraft, bleibt das Kind zu Hause.';
    expect(checkText(text, 'kita', new Date('2026-08-01T01:30:00+02:00')).verdict).toBe('unlawful');
    expect(checkText(text, 'kita', new Date('2026-07-31T23:30:00+02:00')).findings).toEqual([]);
  });
});

describe('a text without anything to find', () => {
  it('is lawful with no findings', () => {
    expect(checkText('Die Kita öffnet um 7 Uhr.', 'kita')).toMatchObject({
      verdict: 'lawful',
      pattern: null,
      findings: [],
    });
    expect(checkText('', 'ogs').verdict).toBe('lawful');
  });
});

describe('the rule set', () => {
  it('cites only norms that are in the catalogue', () => {
    const missing = RULES.flatMap((r) => r.norms).filter((n) => !(n in NORMS));
    expect(missing).toEqual([]);
  });

  it('holds one version of each rule on a day, the newest already valid', () => {
    const ids = activeRules(new Date('2026-11-23')).map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(activeRules(new Date('2020-01-01'))).toEqual([]);
  });

  it('has a version that changes with the active rules', () => {
    expect(ruleSetVersion(new Date('2026-11-23'))).toMatch(/^\d+\.[0-9a-f]{8}$/);
    expect(ruleSetVersion(new Date('2020-01-01'))).not.toBe(ruleSetVersion(new Date('2026-11-23')));
  });
});

describe('a whole contract', () => {
  const sections = [
    '§ 4 Beiträge',
    '(3) Für die Begleitung durch die Inklusionsassistenz entstehen den Eltern keine Kosten.',
    '§ 5 Abholung',
    '(1) Die Eltern legen schriftlich fest, ob ihr Kind allein nach Hause gehen darf oder abgeholt wird.',
  ];

  it('reads headings and numbered items as structure: the assistant of one says nothing about the next', () => {
    const result = checkText(sections.join('\n\n'), 'kita');
    expect(result.findings.filter((f) => f.verdict === 'unlawful')).toEqual([]);
  });

  it('reads the same words as one passage without the structure', () => {
    const result = checkText(sections.filter((_s, i) => i % 2 === 1).join(' '), 'kita');
    expect(result.findings.map((f) => f.verdict)).toContain('unlawful');
  });

  // Items on lines of their own (one line break, as contracts are typed), sub-items of one section.
  const annex = [
    '7. Vertragsende',
    '7.1 Der Vertrag endet automatisch mit dem Übergang in die Schule zum 31. Juli.',
    'Teil B – Anlage „Kita-Assistenz“ (gilt für Kinder mit heilpädagogischer Leistung nach § 79 SGB IX)',
    '9. Datenschutz',
    '9.1 Die Kita-Assistenz ist zur Verschwiegenheit verpflichtet.',
    '9.2 Fotos werden nur mit Einwilligung der Eltern aufgenommen.',
    '12. Dauer der Anlage',
    '12.1 Die Anlage gilt für die Dauer der Bewilligung der heilpädagogischen Leistung.',
    '12.2 Wird die Leistung nicht weiterbewilligt, endet auch der Betreuungsvertrag mit Ablauf des Monats.',
  ].join('\n');

  it('reads house rules where staff fetch the child and parents need neither fetch nor come', () => {
    const rules = [
      'Präambel',
      'Unsere OGS ist ein Ort für alle Kinder.',
      '1.3 Kinder mit Schulbegleitung werden von dieser übergeben; ist die Schulbegleitung nicht im Dienst, holt eine OGS-Mitarbeiterin das Kind im Klassenraum ab.',
      '1.4 Die Eltern holen die Kinder um 16 Uhr ab.',
      '3.3 Fällt eine Schulbegleitung aus, bleibt das Kind wie gewohnt in der OGS; unser Team übernimmt die Begleitung.',
      '3.4 Eltern müssen in diesem Fall weder ihr Kind früher abholen noch selbst in die OGS kommen.',
    ].join('\n');
    expect(checkText(rules, 'ogs').findings.filter((f) => f.verdict === 'unlawful')).toEqual([]);
    // Without the staff taking over, the same parents' duty is the exclusion it looks like.
    const unlawful = checkText(
      'Fällt eine Schulbegleitung aus, informiert der Dienst die OGS.\nDie Eltern holen ihr Kind dann nach dem Unterricht ab.',
      'ogs',
    );
    expect(unlawful.verdict).toBe('unlawful');
  });

  it('finds the one offending item of a typed contract, and nothing in its lawful items', () => {
    const unlawful = checkText(annex, 'kita').findings.filter((f) => f.verdict === 'unlawful');
    expect(unlawful.map((f) => f.pattern)).toEqual(['termination_for_missing_assistance']);
    expect(unlawful[0].evidence.text).toContain('12.2 Wird die Leistung nicht weiterbewilligt');
    expect(unlawful[0].evidence.text).not.toContain('Übergang in die Schule');
  });
});
