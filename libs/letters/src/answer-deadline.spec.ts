import { loadConfig } from '@teilhabe/config';
import { AnswerDeadline } from './answer-deadline';
import { nameOf } from './letter-composer';

describe('the date a letter asks an answer by', () => {
  it('is the last day of the deadline the follow-up will have: working days, NRW holidays', () => {
    const deadline = new AnswerDeadline(loadConfig({ FOLLOW_UP_PERIOD: 'P14D' }).followUps);
    // Thursday 21 May 2026 + 14 days = Fronleichnam (4 June): Friday 5 June.
    expect(deadline.dueDate('advisory', new Date('2026-05-21T10:00:00Z'))).toBe('2026-06-05');
    // A reminder: REMINDER_PERIOD (7 days): Thursday 28 May.
    expect(deadline.dueDate('reminder', new Date('2026-05-21T10:00:00Z'))).toBe('2026-05-28');
    // 23:30 in Berlin on 2 March is still 2 March there: the period ends on 16 March.
    expect(deadline.dueDate('advisory', new Date('2026-03-02T22:30:00Z'))).toBe('2026-03-16');
    // Under a day (for trying it out): the day it passes.
    const short = new AnswerDeadline(loadConfig({ FOLLOW_UP_PERIOD: 'PT5S' }).followUps);
    expect(short.dueDate('advisory', new Date('2026-03-02T10:00:00Z'))).toBe('2026-03-02');
    short.use((template, at) => `${template}:${at.toISOString().slice(0, 10)}`);
    expect(short.dueDate('advisory', new Date('2026-03-02T10:00:00Z'))).toBe('advisory:2026-03-02');
  });

  it('refuses a period that is no ISO 8601 duration at start, naming the variable', () => {
    expect(() => loadConfig({ FOLLOW_UP_PERIOD: '14 Tage' })).toThrow(
      /FOLLOW_UP_PERIOD must be an ISO 8601 duration/,
    );
    expect(() => loadConfig({ PUBLIC_URL: 'https://teilhabe.lvr.example/' })).toThrow(/PUBLIC_URL/);
    expect(loadConfig({}).letters).toMatchObject({
      OFFICE_NAME: 'LVR-Landesjugendamt Rheinland',
      PUBLIC_URL: 'http://127.0.0.1:3000',
      ANSWER_LINK_VALIDITY: 'P8W',
    });
    expect(loadConfig({}).followUps).toEqual({ FOLLOW_UP_PERIOD: 'P14D', REMINDER_PERIOD: 'P7D' });
  });
});

describe('the Ansprechperson named from an account', () => {
  it('reads a name from an address made of one, and leaves others as they are', () => {
    expect(nameOf('anna.berg@lvr.example')).toBe('Anna Berg');
    expect(nameOf('jeanette_cremer@lvr.de')).toBe('Jeanette Cremer');
    expect(nameOf('caseworker@demo.local')).toBe('caseworker@demo.local');
    expect(nameOf('team1.lead@lvr.example')).toBe('team1.lead@lvr.example');
  });
});
