import { normalize, originalSpan } from './normalize';

describe('normalize', () => {
  it('spells out umlauts and ß so that both spellings meet', () => {
    expect(normalize('Kündigung wegen fehlender Schulbegleitung – Maßnahme').text).toBe(
      'kuendigung wegen fehlender schulbegleitung - massnahme',
    );
    expect(normalize('Kuendigung').text).toBe(normalize('KÜNDIGUNG').text);
  });

  it('folds white space, soft hyphens and typographic quotes', () => {
    expect(normalize('  „Assis\u00adtenz“\u00a0 fehlt\n\n').text).toBe('"assistenz" fehlt');
  });

  it('keeps a blank line as a paragraph break but joins a wrapped line', () => {
    expect(normalize('§ 4 Nebenabrede\n\nIst die Assistenz\nkrank').text).toBe(
      '§ 4 nebenabrede\nist die assistenz krank',
    );
  });

  it('maps a span of the normalised text back to the original', () => {
    const original = 'Die Integrationshelferin fällt aus.';
    const n = normalize(original);
    const start = n.text.indexOf('faellt');
    const [from, to] = originalSpan(n, start, start + 'faellt'.length);
    expect(original.slice(from, to)).toBe('fällt');
  });

  it('takes time linear in the length of the input', () => {
    const big = 'Assistenz fällt aus; '.repeat(50_000);
    const started = performance.now();
    expect(normalize(big).text.length).toBeGreaterThan(1_000_000);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
