import { DomainException, InvalidInputException } from '@teilhabe/common';
import { type DocumentExtractionError } from './extraction';

export enum ContractsErrorCode {
  ContractNotFound = 'contract_not_found',
  TextOrFile = 'text_or_file',
  FileTooLarge = 'file_too_large',
  UnsupportedType = 'unsupported_type',
  EncryptedPdf = 'encrypted_pdf',
  NoText = 'no_text',
  CorruptDocument = 'corrupt_document',
  DocumentTooLarge = 'document_too_large',
  TextTooLong = 'text_too_long',
  RecheckJobNotFound = 'recheck_job_not_found',
  ContractWithdrawn = 'contract_withdrawn',
}

export const contractWithdrawn = () =>
  new DomainException(
    'conflict',
    ContractsErrorCode.ContractWithdrawn,
    'Dieser Vertrag wurde zurückgezogen: Er zählt nicht mehr zu den Befunden des Falls und wird nicht mehr geprüft.',
  );

export const textTooLong = (max: number) =>
  new DomainException(
    'payload_too_large',
    ContractsErrorCode.TextTooLong,
    `Der Vertragstext ist länger als ${max.toLocaleString('de-DE')} Zeichen. ` +
      'Bitte laden Sie nur den Vertrag mit seinen Nebenabreden hoch, nicht weitere Unterlagen.',
  );

export const contractNotFound = () =>
  new DomainException(
    'not_found',
    ContractsErrorCode.ContractNotFound,
    'Diesen Vertrag gibt es nicht.',
  );

export const textOrFile = () =>
  new InvalidInputException([
    {
      field: 'text',
      code: ContractsErrorCode.TextOrFile,
      message:
        'Bitte entweder den Vertragstext eingeben oder eine Datei hochladen (PDF, DOCX oder TXT), nicht beides.',
    },
  ]);

export const fileTooLarge = (maxBytes: number) =>
  new DomainException(
    'payload_too_large',
    ContractsErrorCode.FileTooLarge,
    `Die Datei ist größer als ${Math.round(maxBytes / 1024 / 1024)} MB.`,
  );

/** Extraction errors: an unsupported type is 415, a file without readable text 422. */
export function fromExtractionError(error: DocumentExtractionError): DomainException {
  switch (error.code) {
    case 'unsupported_type':
      return new DomainException(
        'unsupported_media_type',
        ContractsErrorCode.UnsupportedType,
        error.message,
      );
    case 'too_large':
      return new DomainException(
        'payload_too_large',
        ContractsErrorCode.DocumentTooLarge,
        error.message,
      );
    case 'encrypted_pdf':
      return new DomainException('unprocessable', ContractsErrorCode.EncryptedPdf, error.message);
    case 'no_text':
      return new DomainException('unprocessable', ContractsErrorCode.NoText, error.message);
    case 'corrupt_document':
      return new DomainException(
        'unprocessable',
        ContractsErrorCode.CorruptDocument,
        error.message,
      );
  }
}

export const recheckJobNotFound = () =>
  new DomainException(
    'not_found',
    ContractsErrorCode.RecheckJobNotFound,
    'Diese Neuprüfung gibt es nicht (oder sie wurde von jemand anderem angestoßen).',
  );
