import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findAssistanceMentions } from './assistance';
import { normalize } from './normalize';

const mentions = (text: string) => findAssistanceMentions(normalize(text).text).map((m) => m.term);

describe('finding the assistant in German text', () => {
  it.each([
    ['Die KiTa-Assistenz ist erkrankt.', 'kita-assistenz'],
    ['Fällt die Integrationshelferin aus, …', 'integrationshelferin'],
    ['Die IA von Amira ist ab morgen in Kur.', 'ia'],
    ['ohne Schulbegleiterin', 'schulbegleiterin'],
    ['die Inklusionsbegleitung fehlt', 'inklusionsbegleitung'],
    ['wenn die Schulassistenz nicht kommt', 'schulassistenz'],
    ['die individuelle heilpädagogische Leistung', 'heilpaedagogische leistung'],
    ['Kinder mit Alltagsbegleitung', 'alltagsbegleitung'],
    ['Teilhabeassistentin', 'teilhabeassistentin'],
    ['die I-Kraft', 'i-kraft'],
  ])('finds the assistant in %j', (text, term) => {
    expect(mentions(text)).toContain(term);
  });

  it('does not take other staff or words for the assistant', () => {
    expect(mentions('Die Erzieherin und die Gruppenleitung betreuen alle Kinder.')).toEqual([]);
    expect(mentions('Ihr Kind ist bis 16 Uhr angemeldet.')).toEqual([]);
  });

  it('finds the assistant in nearly every unlawful clause of the development file', () => {
    const raw = readFileSync(join(__dirname, '../test-data/clauses-dev.jsonl'), 'utf8');
    const rows = raw
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { text: string; verdict: string });
    const unlawful = rows.filter((r) => r.verdict === 'unlawful');
    const found = unlawful.filter((r) => mentions(r.text).length > 0);
    expect(found.length / unlawful.length).toBeGreaterThanOrEqual(0.9);
  });
});
