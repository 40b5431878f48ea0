import {
  AddressDto,
  EmailField,
  EnumField,
  NestedField,
  PageQueryDto,
  TextField,
} from '@teilhabe/common';
import { PROVIDER_TYPES, type ProviderType } from '../entities/provider.entity';

export class CreateProviderDto {
  @TextField({ max: 200, example: 'AWO Kreisverband Köln e.V.' })
  name!: string;

  @EnumField(PROVIDER_TYPES, { description: 'free, municipal or church provider (Träger)' })
  type!: ProviderType;

  @EmailField({ example: 'kita@awo-koeln.example' })
  email!: string;

  @NestedField(() => AddressDto)
  address!: AddressDto;
}

export class UpdateProviderDto {
  @TextField({ optional: true, max: 200 })
  name?: string;

  @EnumField(PROVIDER_TYPES, { optional: true })
  type?: ProviderType;

  @EmailField({ optional: true })
  email?: string;

  @NestedField(() => AddressDto, { optional: true, description: 'replaces the whole address' })
  address?: AddressDto;
}

export class ProviderQueryDto extends PageQueryDto {
  @EnumField(PROVIDER_TYPES, { optional: true })
  type?: ProviderType;

  @TextField({ optional: true, max: 200, description: 'part of the name' })
  q?: string;
}
