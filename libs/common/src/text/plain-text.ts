/*
 * What text a field takes. One line (names, addresses, references, passwords): no control
 * character at all (Unicode Cc: C0, DEL and C1, so also TAB, LF, CR and NEL) and no line or
 * paragraph separator. Several lines (descriptions, reasons, contract text): line breaks and
 * tabs, no other control character. Neither takes a lone surrogate, half of a UTF-16 pair that
 * stands for no character (PostgreSQL would store U+FFFD in its place).
 */

const SINGLE_LINE_FORBIDDEN = /[\p{Cc}\u2028\u2029]/u;
// eslint-disable-next-line no-control-regex -- the point is to find control characters
const MULTI_LINE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export type TextProblem = 'control_characters' | 'lone_surrogate';

export function textProblem(value: string, multiline: boolean): TextProblem | null {
  if (!value.isWellFormed()) return 'lone_surrogate';
  const forbidden = multiline ? MULTI_LINE_FORBIDDEN : SINGLE_LINE_FORBIDDEN;
  return forbidden.test(value) ? 'control_characters' : null;
}

const NOT_IN_A_FILE_NAME = /[\p{Cc}\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069\uFFFD]/gu;

/**
 * A file name as a browser sent it, made safe to store and to offer for download again: only
 * its last path segment, without control characters, direction overrides (which can disguise
 * an extension) and lone surrogates, without leading dots, at most `max` characters with the
 * extension kept. `fallback` (e.g. `vertrag.pdf`) when nothing is left.
 */
export function cleanFileName(name: string, fallback: string, max = 200): string {
  const segment = name.split(/[/\\]/).pop() ?? '';
  const cleaned = segment
    .toWellFormed()
    .replace(NOT_IN_A_FILE_NAME, '')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '');
  if (cleaned === '') return fallback;
  const chars = [...cleaned];
  if (chars.length <= max) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 10 ? [...cleaned.slice(dot)] : [];
  return chars.slice(0, max - extension.length).join('') + extension.join('');
}
