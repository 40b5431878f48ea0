import { DomainException } from '@teilhabe/common';

export enum PublicFormErrorCode {
  Honeypot = 'honeypot',
}

/**
 * The hidden field was filled in. Answered openly rather than with a feigned success: should a
 * person ever trigger it (a browser filling in forms on its own), they learn that nothing was
 * stored and send again, instead of waiting for an answer to a complaint that never arrived.
 */
export const honeypotFilled = () =>
  new DomainException(
    'invalid',
    PublicFormErrorCode.Honeypot,
    'Ihre Beschwerde wurde nicht gespeichert: Ein Feld, das leer bleiben muss, war ausgefüllt ' +
      '(ein Schutz gegen automatische Einsendungen). Bitte senden Sie das Formular noch einmal.',
  );
