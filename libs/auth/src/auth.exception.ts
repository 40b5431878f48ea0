import { DomainException } from '@teilhabe/common';

export enum AuthErrorCode {
  NotSignedIn = 'not_signed_in',
  BadCredentials = 'bad_credentials',
  TooManyAttempts = 'too_many_attempts',
  CsrfMismatch = 'csrf_mismatch',
  BadRefreshToken = 'bad_refresh_token',
}

export const notSignedIn = () =>
  new DomainException('unauthorized', AuthErrorCode.NotSignedIn, 'Bitte melden Sie sich an.');

export const badCredentials = () =>
  new DomainException(
    'unauthorized',
    AuthErrorCode.BadCredentials,
    'E-Mail-Adresse oder Passwort ist falsch.',
  );

export const tooManyAttempts = (seconds: number) =>
  new DomainException(
    'too_many_requests',
    AuthErrorCode.TooManyAttempts,
    'Zu viele fehlgeschlagene Anmeldungen von dieser Adresse. Bitte später erneut versuchen.',
    undefined,
    { retryAfterSeconds: seconds },
  );

export const csrfMismatch = () =>
  new DomainException(
    'forbidden',
    AuthErrorCode.CsrfMismatch,
    'Der Sicherheitsschlüssel der Sitzung (X-CSRF-Token) fehlt oder stimmt nicht.',
  );

export const badRefreshToken = () =>
  new DomainException(
    'unauthorized',
    AuthErrorCode.BadRefreshToken,
    'Die Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
  );
