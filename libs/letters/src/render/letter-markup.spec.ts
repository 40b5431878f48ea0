import { escapeMarkup, parseMarkup, toPlainText } from './letter-markup';

describe('letter markup', () => {
  it('reads headings, lists, indented blocks, bold text and kept line breaks', () => {
    const blocks = parseMarkup(
      '## Überschrift\n\nErster Absatz\nmit Zeilenumbruch und **fett**.\n\n- eins\n- zwei\n  weiter\n\n> Zitat',
    );
    expect(blocks).toEqual([
      { kind: 'heading', lines: [[{ text: 'Überschrift', bold: false }]] },
      {
        kind: 'paragraph',
        lines: [
          [{ text: 'Erster Absatz', bold: false }],
          [
            { text: 'mit Zeilenumbruch und ', bold: false },
            { text: 'fett', bold: true },
            { text: '.', bold: false },
          ],
        ],
      },
      {
        kind: 'list',
        items: [
          [[{ text: 'eins', bold: false }]],
          [[{ text: 'zwei', bold: false }], [{ text: 'weiter', bold: false }]],
        ],
      },
      { kind: 'quote', lines: [[{ text: 'Zitat', bold: false }]] },
    ]);
  });

  it('keeps what a user typed exactly as typed, never as markup', () => {
    const typed =
      '## Keine Überschrift\n- kein Punkt\n> kein Zitat **nicht fett** \\ {{facts}} <b>x</b> Łukasz Ğündoğan';
    const blocks = parseMarkup(`Die Eltern schreiben:\n\n> ${escapeMarkup(typed)}\n\nEnde.`);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'quote', 'paragraph']);
    expect(blocks[1]).toEqual({
      kind: 'quote',
      lines: typed.split('\n').map((line) => [{ text: line, bold: false }]),
    });
    expect(toPlainText(blocks)).toContain(
      typed
        .split('\n')
        .map((l) => `    ${l}`)
        .join('\n'),
    );
  });

  it('keeps a value with blank lines inside the block it stands in', () => {
    const blocks = parseMarkup(`> ${escapeMarkup('Erstens.\n\n\nZweitens.')}`);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({ kind: 'quote' });
  });
});
