import { DomainException } from '@teilhabe/common';
import { CASE_STATUS_LABELS, type CaseStatus } from './case-status';

export enum CasesErrorCode {
  CaseNotFound = 'case_not_found',
  IllegalTransition = 'illegal_transition',
  CaseClosed = 'case_closed',
}

export const caseNotFound = () =>
  new DomainException('not_found', CasesErrorCode.CaseNotFound, 'Diesen Fall gibt es nicht.');

const label = (status: CaseStatus) => `„${CASE_STATUS_LABELS[status]}“ (${status})`;

export function illegalTransition(
  from: CaseStatus,
  to: CaseStatus,
  allowed: readonly CaseStatus[],
): DomainException {
  const message =
    allowed.length === 0
      ? `Der Fall ist im Status ${label(from)} abgeschlossen; sein Status kann nicht mehr geändert werden.`
      : `Ein Fall im Status ${label(from)} kann nicht in den Status ${label(to)} wechseln. ` +
        `Erlaubt ${allowed.length === 1 ? 'ist' : 'sind'}: ${allowed.map(label).join(', ')}.`;
  return new DomainException('conflict', CasesErrorCode.IllegalTransition, message, undefined, {
    from,
    to,
    allowed,
  });
}

export const caseClosed = (status: CaseStatus) =>
  new DomainException(
    'conflict',
    CasesErrorCode.CaseClosed,
    `Der Fall ist im Status ${label(status)} abgeschlossen und kann nicht mehr geändert werden.`,
  );
