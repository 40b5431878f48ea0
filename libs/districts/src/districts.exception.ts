import { DomainException } from '@teilhabe/common';

export enum DistrictsErrorCode {
  DistrictNotFound = 'district_not_found',
}

export const districtNotFound = () =>
  new DomainException(
    'not_found',
    DistrictsErrorCode.DistrictNotFound,
    'Diesen Bezirk gibt es nicht.',
  );
