const LONG = new Intl.DateTimeFormat('de-DE', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2. März 2026" for a date (YYYY-MM-DD), as DIN 5008 allows it in letters. */
export function germanDate(date: string): string {
  return LONG.format(new Date(`${date}T12:00:00Z`));
}

/** The Berlin date of a moment (YYYY-MM-DD). */
export function berlinDate(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}
