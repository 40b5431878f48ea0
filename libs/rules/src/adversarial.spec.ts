import { checkText } from './check-text';

const MB = 1024 * 1024;
const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

/*
 * Input that makes backtracking regular expressions or quadratic loops explode: one endless
 * word, endless hyphens and dots, one sentence of a million words, endless negations and
 * conditions. The analysis must stay linear; a quadratic step would take hours on 1 MB, so
 * the five-second limit of each test catches it without timing anything finely.
 */
describe('1 MB of adversarial text', () => {
  it.each([
    ['one endless word', fill('a')],
    ['endless hyphens', fill('-')],
    ['a hyphenated endless compound', fill('Assistenz-')],
    ['endless dots', fill('.')],
    ['endless abbreviations and dates', fill('z.B. 14.03. Abs. ')],
    ['one sentence of endless negations', fill('nicht kein ')],
    ['one sentence of endless conditions', fill('nur wenn sofern weder noch ')],
    ['endless separable verbs without their particle', fill('fällt holt setzt ')],
    [
      'endless assistants and exclusions',
      fill('Ist die Schulbegleitung krank, bleibt das Kind zu Hause, '),
    ],
    ['umlauts and typographic quotes', fill('„Ü“–ß ')],
  ])(
    'finishes quickly on %s',
    (_what, text) => {
      const result = checkText(text, 'kita');
      expect(['unlawful', 'review', 'lawful']).toContain(result.verdict);
    },
    5_000,
  );

  it('still finds what it should in a long text', () => {
    const text =
      fill('Der Träger betreut alle Kinder. ') +
      'Fehlt die Integrationskraft, bleibt das Kind zu Hause.';
    const result = checkText(text, 'kita');
    expect(result.verdict).toBe('unlawful');
    expect(result.findings[0].evidence.text).toBe(
      'Fehlt die Integrationskraft, bleibt das Kind zu Hause',
    );
  }, 5_000);
});
