import { DomainException } from '@teilhabe/common';

export enum FundingErrorCode {
  AllocationNotFound = 'allocation_not_found',
  DuplicateAllocation = 'duplicate_allocation',
  SchoolNotFound = 'school_not_found',
  DuplicateSchool = 'duplicate_school',
  PoolModelNotFound = 'pool_model_not_found',
  DuplicatePoolModel = 'duplicate_pool_model',
  SettlementTooHigh = 'settlement_too_high',
  CsvInvalid = 'csv_invalid',
  NoMinistryNotice = 'no_ministry_notice',
  DistrictNotFound = 'district_not_found',
  LetterNotFound = 'letter_not_found',
}

export const allocationNotFound = () =>
  new DomainException(
    'not_found',
    FundingErrorCode.AllocationNotFound,
    'Diese Zuweisung gibt es nicht.',
  );

export const duplicateAllocation = () =>
  new DomainException(
    'conflict',
    FundingErrorCode.DuplicateAllocation,
    'Für diesen Bezirk gibt es in diesem Schuljahr bereits eine Zuweisung.',
  );

export const schoolNotFound = () =>
  new DomainException('not_found', FundingErrorCode.SchoolNotFound, 'Diese Schule gibt es nicht.');

export const duplicateSchool = () =>
  new DomainException(
    'conflict',
    FundingErrorCode.DuplicateSchool,
    'In diesem Bezirk gibt es bereits eine Schule mit diesem Namen.',
  );

export const poolModelNotFound = () =>
  new DomainException(
    'not_found',
    FundingErrorCode.PoolModelNotFound,
    'Dieses Pool-Modell gibt es nicht.',
  );

export const duplicatePoolModel = () =>
  new DomainException(
    'conflict',
    FundingErrorCode.DuplicatePoolModel,
    'In diesem Bezirk gibt es bereits ein Pool-Modell mit diesem Namen.',
  );

export const noMinistryNotice = () =>
  new DomainException(
    'conflict',
    FundingErrorCode.NoMinistryNotice,
    'Die Prüfung ergibt keinen Betrag, der nicht zweckentsprechend verwendet werden kann: es gibt nichts anzuzeigen.',
  );

export const districtNotFound = () =>
  new DomainException(
    'not_found',
    FundingErrorCode.DistrictNotFound,
    'Diesen Bezirk gibt es nicht.',
  );

export const letterNotFound = () =>
  new DomainException(
    'not_found',
    FundingErrorCode.LetterNotFound,
    'Dieses Schreiben gibt es nicht.',
  );
