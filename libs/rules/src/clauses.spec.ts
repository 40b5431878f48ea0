import { splitClauses } from './clauses';
import { normalize } from './normalize';

const split = (text: string) => splitClauses(normalize(text).text).map((c) => [c.sentence, c.text]);

describe('splitClauses', () => {
  it('splits sentences and the clauses within them', () => {
    expect(
      split(
        'Die Assistenz fehlt heute. Bitte holen Sie Ihr Kind ab; wir schaffen es nicht – leider!',
      ),
    ).toEqual([
      [0, 'die assistenz fehlt heute'],
      [1, 'bitte holen sie ihr kind ab'],
      [1, 'wir schaffen es nicht'],
      [1, 'leider'],
    ]);
  });

  it('does not end a sentence at dates, numbers or abbreviations', () => {
    expect(
      split('Am 14.03. ist z.B. geschlossen, vgl. Nr. 3 der Hausordnung. Danach wieder offen.'),
    ).toEqual([
      [0, 'am 14.03. ist z.b. geschlossen, vgl. nr. 3 der hausordnung'],
      [1, 'danach wieder offen'],
    ]);
  });

  it('keeps hyphenated words together', () => {
    expect(split('Die KiTa-Assistenz fällt aus')).toEqual([[0, 'die kita-assistenz faellt aus']]);
  });

  it('keeps offsets into the normalised text', () => {
    const text = normalize('Erstens. Zweitens; drittens').text;
    for (const clause of splitClauses(text))
      expect(text.slice(clause.start, clause.end)).toBe(clause.text);
  });

  it('takes time linear in the length of adversarial input', () => {
    const adversarial = 'a.'.repeat(200_000) + ' '.repeat(200_000) + ';-'.repeat(200_000);
    const started = performance.now();
    splitClauses(adversarial);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
