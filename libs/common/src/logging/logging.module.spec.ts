import { loggedPath } from './logging.module';

describe('the path a request is logged with', () => {
  it('leaves out the query string and the token of an answer link', () => {
    expect(loggedPath('/api/v1/cases?guardianEmail=a@b.de')).toBe('/api/v1/cases');
    expect(loggedPath('/api/v1/public/answers/abcdefghijklmnopqrstuvwxyz')).toBe(
      '/api/v1/public/answers/…',
    );
    expect(loggedPath('/antwort/abcdefghijklmnopqrstuvwxyz?x=1')).toBe('/antwort/…');
    expect(loggedPath('/api/v1/letters/4f1c/pdf')).toBe('/api/v1/letters/4f1c/pdf');
  });
});
