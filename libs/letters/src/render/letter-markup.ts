/*
 * The small markup of the letter templates (libs/letters/templates/*.md), after Mustache has
 * filled in the case's data:
 *
 *   ## Überschrift            a heading (a block whose first line starts with "#")
 *   - Punkt                   a list; each line starting with "- " begins an item
 *   > Zitat                   an indented block (a quoted clause, the parents' account)
 *   **fett**                  bold within a line
 *   \x                        the character x as it is
 *
 * Blocks are separated by blank lines; a single line break is kept. Every value Mustache fills
 * in passes `escapeMarkup` first, so that nothing a user typed ("## ", "**", "- ") is ever read
 * as markup: it comes out in the PDF and the mail exactly as it was typed.
 */

export interface Run {
  text: string;
  bold: boolean;
}
/** One line of a block: runs of plain and bold text. */
export type Line = Run[];

export type Block =
  | { kind: 'paragraph'; lines: Line[] }
  | { kind: 'heading'; lines: Line[] }
  | { kind: 'quote'; lines: Line[] }
  | { kind: 'list'; items: Line[][] };

const SPECIAL = /[\\*#>-]/g;

/**
 * A value as the templates receive it: every markup character escaped, and its blank lines
 * made single line breaks, so that a value never ends the block it stands in.
 */
export function escapeMarkup(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/\n[ \t]*(\n[ \t]*)+/g, '\n')
    .replace(SPECIAL, (c) => `\\${c}`);
}

/** The blocks of a filled-in template. */
export function parseMarkup(source: string): Block[] {
  const blocks: Block[] = [];
  const paragraphs = source
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.split('\n').filter((line) => line.trim() !== ''))
    .filter((lines) => lines.length > 0);
  for (const lines of paragraphs) {
    const first = lines[0].trimStart();
    if (first.startsWith('#')) {
      blocks.push({
        kind: 'heading',
        lines: lines.map((l, i) => inline(i === 0 ? l.trimStart().replace(/^#+\s*/, '') : l)),
      });
    } else if (first.startsWith('> ') || first === '>') {
      blocks.push({
        kind: 'quote',
        lines: lines.map((l) => inline(l.trimStart().replace(/^>\s?/, ''))),
      });
    } else if (first.startsWith('- ')) {
      const items: Line[][] = [];
      for (const line of lines) {
        const trimmed = line.trimStart();
        if (trimmed.startsWith('- ') || items.length === 0) {
          items.push([inline(trimmed.replace(/^- /, ''))]);
        } else items[items.length - 1].push(inline(trimmed));
      }
      blocks.push({ kind: 'list', items });
    } else {
      blocks.push({ kind: 'paragraph', lines: lines.map((l) => inline(l.trim())) });
    }
  }
  return blocks;
}

/** Runs of one line: `**` switches bold on and off, `\x` is x. */
function inline(line: string): Line {
  const runs: Run[] = [];
  let text = '';
  let bold = false;
  const flush = () => {
    if (text !== '') runs.push({ text, bold });
    text = '';
  };
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '\\' && i + 1 < line.length) {
      text += line[++i];
    } else if (c === '*' && line[i + 1] === '*') {
      flush();
      bold = !bold;
      i++;
    } else text += c;
  }
  flush();
  return runs;
}

const lineText = (line: Line) => line.map((r) => r.text).join('');

/** The letter as plain text (for a mail, or to compare in tests): markup gone, text as typed. */
export function toPlainText(blocks: Block[]): string {
  return blocks
    .map((block) => {
      switch (block.kind) {
        case 'paragraph':
        case 'heading':
          return block.lines.map(lineText).join('\n');
        case 'quote':
          return block.lines.map((l) => `    ${lineText(l)}`).join('\n');
        case 'list':
          return block.items
            .map((item) => item.map((l, i) => `${i === 0 ? '– ' : '  '}${lineText(l)}`).join('\n'))
            .join('\n');
      }
    })
    .join('\n\n');
}
