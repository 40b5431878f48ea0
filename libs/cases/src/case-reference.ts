/** Aktenzeichen prefix of the Landesjugendamt's Kita unit (LVR 42.22, see circular 42/21/2023). */
export const CASE_REFERENCE_PREFIX = '42.22';

/** `42.22-2026-000017`: the year of receipt and a number counted without gaps within it. */
export function formatCaseReference(year: number, number: number): string {
  return `${CASE_REFERENCE_PREFIX}-${year}-${String(number).padStart(6, '0')}`;
}
