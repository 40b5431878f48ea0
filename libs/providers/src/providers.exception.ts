import { DomainException } from '@teilhabe/common';

export enum ProvidersErrorCode {
  ProviderNotFound = 'provider_not_found',
  FacilityNotFound = 'facility_not_found',
  DuplicateFacility = 'duplicate_facility',
}

export const providerNotFound = () =>
  new DomainException(
    'not_found',
    ProvidersErrorCode.ProviderNotFound,
    'Diesen Träger gibt es nicht.',
  );

export const facilityNotFound = () =>
  new DomainException(
    'not_found',
    ProvidersErrorCode.FacilityNotFound,
    'Diese Einrichtung gibt es nicht.',
  );

export const duplicateFacility = () =>
  new DomainException(
    'conflict',
    ProvidersErrorCode.DuplicateFacility,
    'Dieser Träger hat in diesem Bezirk bereits eine Einrichtung mit diesem Namen.',
  );
