import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsDefined, IsUUID, ValidateIf } from 'class-validator';
import { BooleanField, de, EmailField, EnumField, PageQueryDto, TextField } from '@teilhabe/common';
import { USER_ROLES, type UserRole } from '../entities/user.entity';

const DistrictIds = (optional: boolean) =>
  applyDecorators(
    ApiProperty({ type: [String], format: 'uuid', required: !optional }),
    optional ? ValidateIf((_o, value) => value !== undefined) : IsDefined({ message: de.required }),
    IsArray({ message: de.array }),
    ArrayMaxSize(100, { message: de.maxItems(100) }),
    IsUUID('all', { each: true, message: 'darf nur UUIDs von Bezirken enthalten.' }),
  );

export class CreateUserDto {
  @EmailField()
  email!: string;

  @TextField({
    max: 256,
    keepSpaces: true,
    description: 'at least 12 characters, five different ones, not the e-mail',
  })
  password!: string;

  @EnumField(USER_ROLES)
  role!: UserRole;

  @DistrictIds(false)
  districtIds!: string[];
}

export class UpdateUserDto {
  @EnumField(USER_ROLES, { optional: true })
  role?: UserRole;

  @DistrictIds(true)
  districtIds?: string[];

  @TextField({ optional: true, max: 256, keepSpaces: true })
  password?: string;

  @BooleanField({ optional: true, description: 'true signs the user out and refuses sign-ins' })
  disabled?: boolean;
}

export class UserQueryDto extends PageQueryDto {
  @EnumField(USER_ROLES, { optional: true })
  role?: UserRole;
}
