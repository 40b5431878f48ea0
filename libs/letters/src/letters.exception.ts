import { DomainException, InvalidInputException } from '@teilhabe/common';

export enum LettersErrorCode {
  LetterNotFound = 'letter_not_found',
  LetterNotDraft = 'letter_not_draft',
  ConsentMissing = 'consent_missing',
  NoRecipientAddress = 'no_recipient_address',
  CaseErased = 'case_erased',
  AnswerLinkUnknown = 'answer_link_unknown',
  AnswerLinkExpired = 'answer_link_expired',
  AnswerLinkUsed = 'answer_link_used',
  AnswerLinkClosed = 'answer_link_closed',
  AnswerEmpty = 'answer_empty',
  ContractNotAsked = 'contract_not_asked',
}

export const letterNotFound = () =>
  new DomainException(
    'not_found',
    LettersErrorCode.LetterNotFound,
    'Dieses Schreiben gibt es nicht.',
  );

export const letterNotDraft = (status: string) =>
  new DomainException(
    'conflict',
    LettersErrorCode.LetterNotDraft,
    status === 'discarded'
      ? 'Dieses Schreiben wurde verworfen.'
      : 'Dieses Schreiben ist bereits versandt und kann nicht mehr geändert werden.',
  );

/**
 * Sending refused (§ 65 SGB VIII): the letter holds facts the parents entrusted to the office,
 * and their consent to pass them on to the provider is not recorded, or withdrawn.
 */
export const consentMissing = (entrusted: string[]) =>
  new DomainException(
    'conflict',
    LettersErrorCode.ConsentMissing,
    `Das Schreiben enthält Angaben, die die Eltern dem Landesjugendamt anvertraut haben (${entrusted.join(', ')}). ` +
      'Für die Weitergabe an den Träger liegt keine Einwilligung der Eltern vor, oder sie wurde widerrufen (§ 65 SGB VIII). ' +
      'Erfassen Sie die Einwilligung im Fall, oder versenden Sie das Schreiben ohne diese Angaben.',
    undefined,
    { entrusted },
  );

export const noRecipientAddress = (message: string) =>
  new InvalidInputException([
    { field: 'delivery', code: LettersErrorCode.NoRecipientAddress, message },
  ]);

export const caseErased = () =>
  new DomainException(
    'conflict',
    LettersErrorCode.CaseErased,
    'Die personenbezogenen Daten dieses Falls sind nach Ablauf der Aufbewahrungsfrist gelöscht, mit ihnen der Inhalt seiner Schreiben; es kann keines mehr erstellt oder angezeigt werden.',
  );

export const regardingInvalid = (message: string) =>
  new InvalidInputException([{ field: 'regardingLetterId', code: 'invalid_reference', message }]);

// What a provider sees of a link that does not work: a German sentence, nothing about the case.

export const answerLinkUnknown = () =>
  new DomainException(
    'not_found',
    LettersErrorCode.AnswerLinkUnknown,
    'Diesen Antwort-Link gibt es nicht. Bitte prüfen Sie, ob Sie ihn vollständig aus unserem Schreiben übernommen haben.',
  );

export const answerLinkExpired = () =>
  new DomainException(
    'gone',
    LettersErrorCode.AnswerLinkExpired,
    'Dieser Antwort-Link ist abgelaufen. Bitte antworten Sie uns per Post oder E-Mail und geben Sie das Aktenzeichen aus unserem Schreiben an.',
  );

export const answerLinkUsed = () =>
  new DomainException(
    'gone',
    LettersErrorCode.AnswerLinkUsed,
    'Über diesen Link wurde bereits geantwortet; er kann nur einmal verwendet werden. Ergänzungen senden Sie uns bitte per Post oder E-Mail mit dem Aktenzeichen aus unserem Schreiben.',
  );

export const answerLinkClosed = () =>
  new DomainException(
    'gone',
    LettersErrorCode.AnswerLinkClosed,
    'Das Verfahren zu diesem Schreiben ist abgeschlossen; über diesen Link kann nicht mehr geantwortet werden.',
  );

export const answerEmpty = () =>
  new InvalidInputException([
    {
      field: 'text',
      code: LettersErrorCode.AnswerEmpty,
      message: 'Bitte schreiben Sie eine Antwort oder laden Sie den überarbeiteten Vertrag hoch.',
    },
  ]);

export const contractNotAsked = () =>
  new InvalidInputException([
    {
      field: 'file',
      code: LettersErrorCode.ContractNotAsked,
      message:
        'Zu diesem Schreiben kann hier keine Datei hochgeladen werden. Bitte antworten Sie mit einem Text und senden Sie Unterlagen per Post oder E-Mail.',
    },
  ]);
