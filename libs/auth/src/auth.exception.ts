import { DomainException } from '@teilhabe/common';

export enum AuthErrorCode {
  NotSignedIn = 'not_signed_in',
  BadCredentials = 'bad_credentials',
  TooManyAttempts = 'too_many_attempts',
  CsrfMismatch = 'csrf_mismatch',
  BadRefreshToken = 'bad_refresh_token',
  AccountLocked = 'account_locked',
  PasswordChangeRequired = 'password_change_required',
}

export const notSignedIn = () =>
  new DomainException('unauthorized', AuthErrorCode.NotSignedIn, 'Bitte melden Sie sich an.');

/** Signed in, but the role may not do this. */
export const forbidden = () =>
  new DomainException('forbidden', 'forbidden', 'Dafür fehlt Ihnen die Berechtigung.');

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
    'Zu viele fehlgeschlagene Anmeldungen für dieses Konto von dieser Adresse. Bitte später erneut versuchen.',
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

const BERLIN_TIME = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  hour: '2-digit',
  minute: '2-digit',
});

/** Only for who gave the right password: the account is locked, and until when. */
export const accountLocked = (until: Date) => {
  // Rounded up to the minute, so that "bis 14:05 Uhr" is never a minute too early.
  const shown = new Date(Math.ceil(until.getTime() / 60_000) * 60_000);
  return new DomainException(
    'forbidden',
    AuthErrorCode.AccountLocked,
    `Das Konto ist nach mehreren fehlgeschlagenen Anmeldungen gesperrt bis ${BERLIN_TIME.format(shown)} Uhr.`,
    undefined,
    {
      lockedUntil: until.toISOString(),
      retryAfterSeconds: Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000)),
    },
  );
};

export const passwordChangeRequired = () =>
  new DomainException(
    'forbidden',
    AuthErrorCode.PasswordChangeRequired,
    'Das Passwort wurde von der Administration vergeben und gilt nur einmal: Bitte legen Sie jetzt ein eigenes Passwort fest.',
  );
