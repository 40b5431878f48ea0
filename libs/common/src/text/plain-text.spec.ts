import { cleanFileName, textProblem } from './plain-text';

describe('text on one line', () => {
  it.each([
    ['a line feed', 'Anna\nKeller'],
    ['a tab', 'Anna\tKeller'],
    ['a carriage return', 'Anna\rKeller'],
    ['NEL (U+0085)', 'Anna\u0085Keller'],
    ['a C1 control (U+009B)', 'Anna\u009bKeller'],
    ['DEL', 'Anna\u007fKeller'],
    ['a line separator (U+2028)', 'Anna\u2028Keller'],
  ])('refuses %s', (_what, value) => {
    expect(textProblem(value, false)).toBe('control_characters');
  });

  it('refuses a lone surrogate, high or low, and takes a whole pair', () => {
    expect(textProblem('Anna \ud800', false)).toBe('lone_surrogate');
    expect(textProblem('\udc00 Anna', false)).toBe('lone_surrogate');
    expect(textProblem('Anna 😀 Keller', false)).toBeNull();
  });

  it('takes umlauts, ß, accents and typographic quotes', () => {
    expect(textProblem('Jürgen Groß-Çelik „Kita Sonnenschein“', false)).toBeNull();
  });
});

describe('text of several lines', () => {
  it('keeps line breaks and tabs', () => {
    expect(textProblem('Erste Zeile\r\nZweite\tZeile\n\nDritte', true)).toBeNull();
  });

  it('refuses other control characters and lone surrogates', () => {
    expect(textProblem('Text\u0085mit NEL', true)).toBe('control_characters');
    expect(textProblem('Text\u0007', true)).toBe('control_characters');
    expect(textProblem('Text \ud83d', true)).toBe('lone_surrogate');
  });
});

describe('file names', () => {
  it('keeps only the last path segment', () => {
    expect(cleanFileName('../../etc/passwd.txt', 'vertrag.txt')).toBe('passwd.txt');
    expect(cleanFileName('C:\\Users\\Keller\\Vertrag Kita.pdf', 'vertrag.pdf')).toBe(
      'Vertrag Kita.pdf',
    );
  });

  it('removes control characters, direction overrides and lone surrogates', () => {
    expect(cleanFileName('\u0007pass\nwd\ud800.txt', 'vertrag.txt')).toBe('passwd.txt');
    // "vertrag‮fdp.exe" would show as "vertragexe.pdf".
    expect(cleanFileName('vertrag\u202efdp.exe', 'vertrag.pdf')).toBe('vertragfdp.exe');
  });

  it('removes leading dots and falls back when nothing is left', () => {
    expect(cleanFileName('..', 'vertrag.pdf')).toBe('vertrag.pdf');
    expect(cleanFileName('.htaccess', 'vertrag.txt')).toBe('htaccess');
    expect(cleanFileName('dir/', 'vertrag.docx')).toBe('vertrag.docx');
    expect(cleanFileName('\u0000\u0001', 'vertrag.txt')).toBe('vertrag.txt');
  });

  it('shortens a long name and keeps its extension', () => {
    const long = cleanFileName(`${'ä'.repeat(300)}.docx`, 'vertrag.docx');
    expect([...long]).toHaveLength(200);
    expect(long.endsWith('ää.docx')).toBe(true);
  });
});
