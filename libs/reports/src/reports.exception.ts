import { InvalidInputException } from '@teilhabe/common';

export enum ReportsErrorCode {
  PeriodReversed = 'period_reversed',
  PeriodTooLong = 'period_too_long',
  NoDimension = 'no_dimension',
  ReferenceCsvInvalid = 'reference_csv_invalid',
  ReferenceYearNotFound = 'reference_year_not_found',
}

export const periodReversed = () =>
  new InvalidInputException([
    { field: 'to', code: ReportsErrorCode.PeriodReversed, message: 'darf nicht vor „von“ liegen.' },
  ]);

export const periodTooLong = (years: number) =>
  new InvalidInputException([
    {
      field: 'from',
      code: ReportsErrorCode.PeriodTooLong,
      message: `Ein Bericht umfasst höchstens ${years} Jahre.`,
    },
  ]);

export const noDimension = () =>
  new InvalidInputException([
    {
      field: 'groupBy',
      code: ReportsErrorCode.NoDimension,
      message: 'Bitte wählen Sie mindestens ein Merkmal.',
    },
  ]);
