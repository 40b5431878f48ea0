import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Mustache from 'mustache';
import { type Block, escapeMarkup, parseMarkup } from './letter-markup';

export const LETTER_TEMPLATES = [
  'advisory',
  'acknowledgement',
  'statement_request',
  'reminder',
  'requirement',
] as const;
export type LetterTemplate = (typeof LETTER_TEMPLATES)[number];

/** The plain-text mails: the letter's covering mail, and the notice to the office of an answer. */
export const MAIL_TEMPLATES = ['mail', 'answer-notice'] as const;
export type MailTemplate = (typeof MAIL_TEMPLATES)[number];

/** Where the built-in templates are: libs/letters/templates, from the sources or from dist/. */
export function builtInTemplatesDir(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'libs', 'letters', 'templates');
    if (existsSync(join(candidate, 'advisory.md'))) return candidate;
    if (dirname(dir) === dir) throw new TemplateError('the letter templates were not found');
  }
}

export class TemplateError extends Error {
  constructor(message: string) {
    super(`Letter templates: ${message}`);
    this.name = 'TemplateError';
  }
}

interface Template {
  title: string;
  subject: string;
  /** What the letter asks of the provider, one sentence each (front matter `ask:`). */
  asks: string[];
  body: string;
  /** The entrusted facts the template shows (names within `facts`). */
  factFields: string[];
  /** The template shows entrusted facts (it reads `facts`): they need the parents' consent. */
  usesFacts: boolean;
}

export interface RenderedLetter {
  title: string;
  subject: string;
  blocks: Block[];
  usesFacts: boolean;
}

const plain = (value: unknown) =>
  // Plain text as typed; only control characters other than line breaks and tabs go.
  // eslint-disable-next-line no-control-regex -- the point is to drop control characters
  String(value).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '');
const subjectLine = (value: unknown) => plain(value).replace(/\s+/g, ' ');

/**
 * The letter templates: Markdown-like files with Mustache fields that an office can change
 * without touching the code (LETTER_TEMPLATES_DIR). Read and checked once at start: a missing
 * template, front matter without title or subject, or a field that would bypass escaping
 * (`{{{x}}}`, `{{&x}}`) stops the start with a message naming the file.
 */
export class LetterTemplates {
  private constructor(
    private readonly letters: Map<LetterTemplate, Template>,
    private readonly mails: Map<MailTemplate, string>,
    private readonly partials: Record<string, string>,
  ) {}

  static load(dir: string): LetterTemplates {
    const root = resolve(dir);
    const read = (file: string) => {
      const path = join(root, file);
      if (!existsSync(path)) throw new TemplateError(`${path} is missing`);
      return readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
    };
    const partials: Record<string, string> = {};
    const partialDir = join(root, 'partials');
    if (existsSync(partialDir)) {
      for (const file of readdirSync(partialDir).filter((f) => f.endsWith('.md'))) {
        partials[file.slice(0, -3)] = read(join('partials', file));
      }
    }
    for (const [name, source] of Object.entries(partials)) {
      checkFields(`partials/${name}.md`, source, partials);
    }
    const letters = new Map<LetterTemplate, Template>();
    for (const name of LETTER_TEMPLATES) {
      const file = `${name}.md`;
      const { front, body } = frontMatter(file, read(file));
      const fields = checkFields(file, body, partials);
      // Subject and asks are shown without the consent check (the subject in every mail, the
      // asks on the provider's answer page): they must not show entrusted facts.
      for (const line of [front.subject, ...front.asks]) {
        if (checkFields(file, line).some((f) => f === 'facts' || f.startsWith('facts.'))) {
          throw new TemplateError(`${file}: subject and asks must not show facts`);
        }
      }
      letters.set(name, {
        title: front.title,
        subject: front.subject,
        asks: front.asks,
        body,
        factFields: factNames(body, partials),
        usesFacts: fields.some((f) => f === 'facts' || f.startsWith('facts.')),
      });
    }
    const mails = new Map<MailTemplate, string>();
    for (const name of MAIL_TEMPLATES) {
      const source = read(`${name}.txt`);
      checkFields(`${name}.txt`, source);
      mails.set(name, source);
    }
    return new LetterTemplates(letters, mails, partials);
  }

  /** The German name of a template ("Beratungsschreiben"). */
  title(name: LetterTemplate): string {
    return this.letters.get(name)!.title;
  }

  /** Whether the template shows facts the parents entrusted to the office. */
  usesFacts(name: LetterTemplate): boolean {
    return this.letters.get(name)!.usesFacts;
  }

  /** The names of the entrusted facts the template shows (`childInitials`, `description`, …). */
  factFields(name: LetterTemplate): string[] {
    return this.letters.get(name)!.factFields;
  }

  /** What the letter asks of the provider, filled in (for the provider's answer page). */
  asks(name: LetterTemplate, view: object): string[] {
    return this.letters
      .get(name)!
      .asks.map((ask) => Mustache.render(ask, view, {}, { escape: subjectLine }).trim());
  }

  /** A letter filled in with `view`: every value escaped, then read as markup. */
  render(name: LetterTemplate, view: object): RenderedLetter {
    const template = this.letters.get(name)!;
    const body = Mustache.render(template.body, view, this.partials, {
      escape: (value: unknown) => escapeMarkup(String(value)),
    });
    const subject = Mustache.render(template.subject, view, {}, { escape: subjectLine }).trim();
    return {
      title: template.title,
      subject,
      blocks: parseMarkup(keepCitationsTogether(body)),
      usesFacts: template.usesFacts,
    };
  }

  /** A plain-text mail filled in with `view`. */
  renderMail(name: MailTemplate, view: object): string {
    return Mustache.render(this.mails.get(name)!, view, {}, { escape: plain })
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }
}

interface FrontMatter {
  title: string;
  subject: string;
  asks: string[];
}

function frontMatter(file: string, source: string): { front: FrontMatter; body: string } {
  const match = /^---\n([^]*?)\n---\n/.exec(source);
  if (!match) {
    throw new TemplateError(`${file} must begin with front matter (---, title:, subject:, ---)`);
  }
  const front: Record<string, string> = {};
  const asks: string[] = [];
  for (const line of match[1].split('\n')) {
    const pair = /^(\w+):\s*(.*)$/.exec(line);
    if (!pair) continue;
    if (pair[1] === 'ask') asks.push(pair[2].trim());
    else front[pair[1]] = pair[2].trim();
  }
  for (const key of ['title', 'subject']) {
    if (!front[key]) throw new TemplateError(`${file} needs "${key}:" in its front matter`);
  }
  return {
    front: { title: front.title, subject: front.subject, asks },
    body: source.slice(match[0].length),
  };
}

/** The names read within `{{#facts}} … {{/facts}}` (and as `facts.x`), partials included. */
function factNames(source: string, partials: Record<string, string>): string[] {
  const found = new Set<string>();
  const walk = (list: Token[], inFacts: boolean, seen: Set<string>) => {
    for (const [type, value, , , children] of list) {
      if (type === '>' && !seen.has(value)) {
        walk(
          Mustache.parse(partials[value]) as unknown as Token[],
          inFacts,
          new Set([...seen, value]),
        );
        continue;
      }
      const name = (value.startsWith('facts.') ? value.slice('facts.'.length) : value).split(
        '.',
      )[0];
      const read = type === 'name' || type === '#' || type === '^';
      if (read && value !== '.' && (inFacts || value.startsWith('facts.'))) {
        found.add(name);
      }
      if (children) walk(children, inFacts || (type === '#' && value === 'facts'), seen);
    }
  };
  walk(Mustache.parse(source) as unknown as Token[], false, new Set());
  return [...found];
}

type Token = [string, string, number, number, Token[]?, ...unknown[]];

/**
 * The names a template reads (with those of its partials); throws on a field that would put a
 * value in unescaped, or a partial that does not exist.
 */
function checkFields(
  file: string,
  source: string,
  partials: Record<string, string> = {},
): string[] {
  let tokens: Token[];
  try {
    tokens = Mustache.parse(source) as unknown as Token[];
  } catch (error) {
    throw new TemplateError(`${file}: ${(error as Error).message}`);
  }
  const names: string[] = [];
  const walk = (list: Token[], seen: Set<string>) => {
    for (const [type, value, , , children] of list) {
      if (type === '&' || type === '{') {
        throw new TemplateError(
          `${file}: {{{${value}}}} and {{&${value}}} are not allowed; write {{${value}}}, which escapes what a user typed`,
        );
      }
      if (type === '>') {
        if (!(value in partials))
          throw new TemplateError(`${file}: the partial "${value}" does not exist`);
        if (!seen.has(value)) {
          walk(Mustache.parse(partials[value]) as unknown as Token[], new Set([...seen, value]));
        }
        continue;
      }
      if (type === 'name' || type === '#' || type === '^') names.push(value);
      if (children) walk(children, seen);
    }
  };
  walk(tokens, new Set());
  return names;
}

/**
 * German typesetting: no line break inside a citation ("§ 45", "Abs. 2", "SGB VIII",
 * "§§ 45 ff.") or an abbreviation ("z. B."); the spaces become non-breaking ones.
 */
export function keepCitationsTogether(text: string): string {
  return text
    .replace(/(§§?|Abs\.|Nr\.|Satz|S\.|Art\.) (?=\d)/g, '$1\u00A0')
    .replace(/\b(SGB|BASS|Nr\.) (?=[IVX\d])/g, '$1\u00A0')
    .replace(/(\d) (ff\.)/g, '$1\u00A0$2')
    .replace(/\b(z|d|u)\. (B|h|a)\./g, '$1.\u00A0$2.');
}

/**
 * A letter template that stands on its own (not about a case: the ministry notice of the
 * funding module), read from `dir` when an office supplies it there, else the built-in one.
 */
export function renderTemplateFile(
  dir: string | undefined,
  name: string,
  view: object,
): RenderedLetter {
  const file = `${name}.md`;
  const path =
    dir && existsSync(join(resolve(dir), file))
      ? join(resolve(dir), file)
      : join(builtInTemplatesDir(), file);
  const source = readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
  const { front, body } = frontMatter(file, source);
  checkFields(file, body);
  const text = Mustache.render(
    body,
    view,
    {},
    {
      escape: (value: unknown) => escapeMarkup(String(value)),
    },
  );
  return {
    title: front.title,
    subject: Mustache.render(front.subject, view, {}, { escape: subjectLine }).trim(),
    blocks: parseMarkup(keepCitationsTogether(text)),
    usesFacts: false,
  };
}
