import { DomainException } from '@teilhabe/common';

export enum FollowUpsErrorCode {
  FollowUpNotFound = 'follow_up_not_found',
  NotRunning = 'follow_up_not_running',
  NotPaused = 'follow_up_not_paused',
  EscalationNotFound = 'escalation_not_found',
}

export const followUpNotFound = () =>
  new DomainException(
    'not_found',
    FollowUpsErrorCode.FollowUpNotFound,
    'Diese Wiedervorlage gibt es nicht.',
  );

export const notRunning = () =>
  new DomainException(
    'conflict',
    FollowUpsErrorCode.NotRunning,
    'Diese Frist läuft nicht (mehr): Nur eine laufende Frist kann angehalten werden.',
  );

export const notPaused = () =>
  new DomainException(
    'conflict',
    FollowUpsErrorCode.NotPaused,
    'Diese Frist ist nicht angehalten: Fortsetzen lässt sich nur eine angehaltene Frist.',
  );

export const escalationNotFound = () =>
  new DomainException(
    'not_found',
    FollowUpsErrorCode.EscalationNotFound,
    'Diese Eskalation gibt es nicht.',
  );
