import { mkdtempSync, cpSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toPlainText } from './letter-markup';
import {
  builtInTemplatesDir,
  LETTER_TEMPLATES,
  LetterTemplates,
  TemplateError,
} from './letter-templates';

const SECRET = {
  guardianNames: 'Łukasz Ğündoğan',
  childInitials: 'X. Y.',
  childBirthYear: 2019,
  disability: 'Trisomie 21',
  description: 'Geheime Schilderung der Eltern',
  quotes: ['Geheimes Vertragszitat'],
  consentGivenAt: '1. März 2026',
};

/** Every value a letter can show, the family's only under `facts`. */
function view(facts: typeof SECRET | null) {
  return {
    reference: '42.22-2026-000017',
    date: '2. März 2026',
    dueDate: '16. März 2026',
    receivedAt: '1. März 2026',
    office: {
      name: 'LVR-Landesjugendamt Rheinland',
      address: 'Kennedy-Ufer 2, 50679 Köln',
      phone: '0221 809-0',
    },
    contact: { name: 'Anna Berg', email: 'anna.berg@lvr.example' },
    facility: { name: 'Kita Regenbogen', kind: 'Kita' },
    provider: { name: 'AWO Kreisverband Köln e.V.' },
    kita: true,
    ogs: false,
    findings: [
      {
        label: 'Ausschluss bei Abwesenheit der Assistenz',
        verdict: 'rechtswidrig',
        norms: 'KiBiz § 7',
        explanation: 'Erklärung.',
      },
    ],
    norms: [{ citation: 'KiBiz § 7', title: 'Diskriminierungsverbot', content: 'Inhalt.' }],
    answerLink: 'https://teilhabe.example/antwort/abc',
    answerLinkExpires: '27. April 2026',
    regarding: { title: 'Beratungsschreiben', date: '2. März 2026', dueDate: '16. März 2026' },
    advisory: { date: '2. März 2026' },
    guardian: null,
    facts,
  };
}

describe('the letter templates', () => {
  const templates = LetterTemplates.load(builtInTemplatesDir());

  it.each(LETTER_TEMPLATES.filter((t) => t !== 'acknowledgement'))(
    '%s names nothing the parents entrusted unless it is given as facts',
    (name) => {
      const text = toPlainText(templates.render(name, view(null)).blocks);
      for (const value of Object.values(SECRET).flat()) expect(text).not.toContain(String(value));
      expect(text).toContain('Anna Berg');
    },
  );

  it('shows the entrusted facts in an advisory letter when they are given', () => {
    const text = toPlainText(templates.render('advisory', view(SECRET)).blocks);
    expect(text).toContain('Łukasz Ğündoğan');
    expect(text).toContain('Geheime Schilderung der Eltern');
    expect(text).toContain('„Geheimes Vertragszitat“');
    expect(templates.factFields('advisory')).toEqual(
      expect.arrayContaining([
        'guardianNames',
        'childInitials',
        'childBirthYear',
        'disability',
        'description',
        'quotes',
      ]),
    );
    expect(templates.usesFacts('reminder')).toBe(false);
  });

  it('has the content of circular 42/21/2023 and the request with its date in the advisory letter', () => {
    const text = toPlainText(templates.render('advisory', view(null)).blocks);
    expect(text).toContain('Rundschreiben Nr.\u00A042/21/2023');
    expect(text).toContain('§\u00A091 Abs.\u00A02 Satz\u00A02 SGB\u00A0IX');
    expect(text).toContain('bis zum 16. März 2026 einen überarbeiteten Betreuungsvertrag');
    expect(text).toContain('https://teilhabe.example/antwort/abc');
    expect(templates.asks('advisory', { dueDate: '16. März 2026' })[2]).toContain(
      'Bis zum 16. März 2026',
    );
  });

  it('refuses at start a template that would put a value in unescaped', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vorlagen-'));
    try {
      cpSync(builtInTemplatesDir(), dir, { recursive: true });
      writeFileSync(
        join(dir, 'reminder.md'),
        '---\ntitle: Erinnerung\nsubject: x\n---\n{{{facility.name}}}\n',
      );
      expect(() => LetterTemplates.load(dir)).toThrow(TemplateError);
      expect(() => LetterTemplates.load(dir)).toThrow(/reminder\.md: \{\{\{facility\.name\}\}\}/);
      writeFileSync(
        join(dir, 'reminder.md'),
        '---\ntitle: Erinnerung\nsubject: {{facts.childInitials}}\n---\nText\n',
      );
      expect(() => LetterTemplates.load(dir)).toThrow(/subject and asks must not show facts/);
      rmSync(join(dir, 'reminder.md'));
      expect(() => LetterTemplates.load(dir)).toThrow(/reminder\.md is missing/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads an office’s own wording from its folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vorlagen-'));
    try {
      cpSync(builtInTemplatesDir(), dir, { recursive: true });
      writeFileSync(
        join(dir, 'reminder.md'),
        '---\ntitle: Zweite Bitte\nsubject: Noch offen: {{facility.name}}\n---\nBitte antworten Sie bis zum {{dueDate}}.\n',
      );
      const own = LetterTemplates.load(dir).render('reminder', view(null));
      expect(own.title).toBe('Zweite Bitte');
      expect(own.subject).toBe('Noch offen: Kita Regenbogen');
      expect(toPlainText(own.blocks)).toBe('Bitte antworten Sie bis zum 16. März 2026.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes the covering mail as plain text, with values as typed', () => {
    const mail = templates.renderMail('mail', {
      salutation: 'Guten Tag Łukasz Ğündoğan,',
      title: 'Eingangsbestätigung',
      date: '2. März 2026',
      reference: '42.22-2026-000017',
      answerLink: null,
      contact: { name: 'Anna <b>Berg</b> **x**' },
      office: { name: 'LVR', address: 'Kennedy-Ufer 2, 50679 Köln', phone: '0221 809-0' },
    });
    expect(mail).toContain('Guten Tag Łukasz Ğündoğan,');
    expect(mail).toContain('Anna <b>Berg</b> **x**');
    expect(mail).not.toContain('persönlichen Link');
  });
});
