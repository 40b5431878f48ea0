export const CASE_STATUSES = [
  'received',
  'assessing',
  'provider_contacted',
  'resolved',
  'requirement_imposed',
  'closed_unresolved',
  'withdrawn',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/*
 * The life of a case: a complaint is received, assessed, the provider is contacted, and the
 * case ends resolved, with a requirement (Auflage) imposed, or closed without agreement. The
 * parents may withdraw while it is open.
 */
const NEXT: Record<CaseStatus, readonly CaseStatus[]> = {
  received: ['assessing', 'withdrawn'],
  assessing: ['provider_contacted', 'withdrawn'],
  provider_contacted: ['resolved', 'requirement_imposed', 'closed_unresolved', 'withdrawn'],
  resolved: [],
  requirement_imposed: [],
  closed_unresolved: [],
  withdrawn: [],
};

export const OPEN_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter((s) => NEXT[s].length > 0);

/** Where a closed case goes when the team lead opens it again. */
export const REOPENED_STATUS: CaseStatus = 'assessing';

export function allowedTransitions(from: CaseStatus): readonly CaseStatus[] {
  return NEXT[from];
}

export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return NEXT[from].includes(to);
}

export function isClosed(status: CaseStatus): boolean {
  return NEXT[status].length === 0;
}

export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  received: 'Eingegangen',
  assessing: 'In Prüfung',
  provider_contacted: 'Träger kontaktiert',
  resolved: 'Erledigt',
  requirement_imposed: 'Auflage erteilt',
  closed_unresolved: 'Ohne Einigung abgeschlossen',
  withdrawn: 'Zurückgezogen',
};
