import { DomainException } from '@teilhabe/common';
import { CASE_STATUS_LABELS, type CaseStatus } from './case-status';

export enum CasesErrorCode {
  CaseNotFound = 'case_not_found',
  IllegalTransition = 'illegal_transition',
  CaseClosed = 'case_closed',
  CaseNotClosed = 'case_not_closed',
  CasePseudonymised = 'case_pseudonymised',
  OnlyTeamLeadReassigns = 'only_team_lead_reassigns',
  ConsentNotFound = 'consent_not_found',
  ConsentActive = 'consent_active',
  ConsentWithdrawn = 'consent_withdrawn',
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

export const caseNotClosed = (status: CaseStatus) =>
  new DomainException(
    'conflict',
    CasesErrorCode.CaseNotClosed,
    `Der Fall ist im Status ${label(status)} noch offen; nur ein abgeschlossener Fall kann wieder geöffnet werden.`,
  );

export const casePseudonymised = () =>
  new DomainException(
    'conflict',
    CasesErrorCode.CasePseudonymised,
    'Die personenbezogenen Daten dieses Falls sind nach Ablauf der Aufbewahrungsfrist gelöscht; er kann nicht mehr bearbeitet werden.',
  );

export const onlyTeamLeadReassigns = () =>
  new DomainException(
    'forbidden',
    CasesErrorCode.OnlyTeamLeadReassigns,
    'Sie können einen Fall übernehmen, den noch niemand bearbeitet, und Ihren eigenen abgeben; ' +
      'einen Fall anderen zuweisen oder abnehmen kann nur die Teamleitung.',
  );

export const consentNotFound = () =>
  new DomainException(
    'not_found',
    CasesErrorCode.ConsentNotFound,
    'Diese Einwilligung gibt es nicht.',
  );

const germanDate = (date: string) => date.split('-').reverse().join('.');

export const consentActive = (givenAt: string) =>
  new DomainException(
    'conflict',
    CasesErrorCode.ConsentActive,
    `Es liegt bereits eine Einwilligung vom ${germanDate(givenAt)} vor, die nicht widerrufen ist.`,
  );

export const consentWithdrawn = (withdrawnAt: string) =>
  new DomainException(
    'conflict',
    CasesErrorCode.ConsentWithdrawn,
    `Diese Einwilligung wurde bereits am ${germanDate(withdrawnAt)} widerrufen.`,
  );
