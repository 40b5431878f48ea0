import { applyDecorators } from '@nestjs/common';
import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDefined,
  IsEmail,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  registerDecorator,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate, IsNotBefore, IsNotInFuture } from './calendar-date';
import { textProblem } from '../text';
import { de } from './messages';

/*
 * One decorator per kind of field: validation with German messages, the OpenAPI description and,
 * for query strings, the conversion from text, so that a DTO states each rule once.
 */

interface FieldOptions {
  /** The field may be left out. */
  optional?: boolean;
  /** The field may be null (clears the value on update). Implies optional. */
  nullable?: boolean;
  description?: string;
  example?: unknown;
  /** The value comes from a query string and is converted from text first. */
  query?: boolean;
  /**
   * The field may be left out only when its sibling `field` is given (one of two is needed);
   * `message` says so when both are missing.
   */
  requiredWithout?: { field: string; message: string };
}

function presence(options: FieldOptions): PropertyDecorator[] {
  if (options.requiredWithout) {
    const { field, message } = options.requiredWithout;
    return [
      ValidateIf(
        (object: Record<string, unknown>, value: unknown) =>
          value !== undefined || object[field] === undefined,
      ),
      IsDefined({ message }),
    ];
  }
  if (options.nullable) return [IsOptional()];
  if (options.optional) return [ValidateIf((_object, value) => value !== undefined)];
  return [IsDefined({ message: de.required })];
}

function api(options: FieldOptions, extra: ApiPropertyOptions): PropertyDecorator {
  return ApiProperty({
    required: !(options.optional || options.nullable || options.requiredWithout),
    nullable: options.nullable || undefined,
    description: options.description,
    example: options.example,
    ...extra,
  } as ApiPropertyOptions);
}

/** Control characters (all of them on one line; line breaks and tabs allowed on several). */
function NoControlCharacters(multiline: boolean): PropertyDecorator {
  return textRule(
    'controlCharacters',
    multiline ? de.controlCharactersMultiline : de.controlCharacters,
    (value) => textProblem(value, multiline) !== 'control_characters',
  );
}

/** Half of a UTF-16 surrogate pair, standing for no character. */
const NoLoneSurrogates = () =>
  textRule('loneSurrogate', de.loneSurrogate, (value) => value.isWellFormed());

function textRule(
  name: string,
  message: string,
  valid: (value: string) => boolean,
): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message },
      validator: { validate: (value: unknown) => typeof value !== 'string' || valid(value) },
    });
}

const trim = Transform(({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value,
);

export function TextField(
  options: FieldOptions & {
    max: number;
    min?: number;
    pattern?: { regex: RegExp; what: string };
    /** Keep leading and trailing spaces (passwords). */
    keepSpaces?: boolean;
    /** Free text of several lines (a description, a reason): line breaks and tabs are kept. */
    multiline?: boolean;
  },
): PropertyDecorator {
  const min = options.min ?? 1;
  return applyDecorators(
    api(options, { type: String, minLength: min, maxLength: options.max }),
    ...(options.keepSpaces ? [] : [trim]),
    ...presence(options),
    IsString({ message: de.text }),
    NoLoneSurrogates(),
    NoControlCharacters(options.multiline ?? false),
    MinLength(min, { message: min === 1 ? de.notBlank : de.minLength(min) }),
    MaxLength(options.max, { message: de.maxLength(options.max) }),
    ...(options.pattern
      ? [Matches(options.pattern.regex, { message: de.pattern(options.pattern.what) })]
      : []),
  );
}

type Bound = number | (() => number);
const resolve = (bound: Bound) => (typeof bound === 'function' ? bound() : bound);

/** Min and max checked at validation time, so that bounds like "this year" stay current. */
function InRange(min: Bound, max: Bound): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'inRange',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: ({ value }) =>
          typeof value === 'number' && value < resolve(min)
            ? de.min(resolve(min))
            : de.max(resolve(max)),
      },
      validator: {
        validate: (value: unknown) =>
          typeof value !== 'number' || (value >= resolve(min) && value <= resolve(max)),
      },
    });
}

const numberFromQuery = Transform(({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value,
);

export function IntField(options: FieldOptions & { min: Bound; max: Bound }): PropertyDecorator {
  return applyDecorators(
    api(options, {
      type: 'integer',
      minimum: typeof options.min === 'number' ? options.min : undefined,
      maximum: typeof options.max === 'number' ? options.max : undefined,
    }),
    ...(options.query ? [numberFromQuery] : []),
    ...presence(options),
    IsInt({ message: de.integer }),
    InRange(options.min, options.max),
  );
}

export function NumberField(
  options: FieldOptions & { min: number; max: number; maxDecimals: number },
): PropertyDecorator {
  return applyDecorators(
    api(options, { type: Number, minimum: options.min, maximum: options.max }),
    ...(options.query ? [numberFromQuery] : []),
    ...presence(options),
    IsNumber(
      { allowNaN: false, allowInfinity: false, maxDecimalPlaces: options.maxDecimals },
      {
        message: ({ value }) =>
          typeof value === 'number' && Number.isFinite(value)
            ? de.decimals(options.maxDecimals)
            : de.number,
      },
    ),
    InRange(options.min, options.max),
  );
}

export function EnumField(
  values: readonly string[],
  options: FieldOptions = {},
): PropertyDecorator {
  return applyDecorators(
    api(options, { enum: [...values], type: String }),
    ...presence(options),
    IsIn([...values], { message: de.oneOf(values) }),
  );
}

const listFromQuery = Transform(({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== '')
    : value,
);

/** A list of enum values; from a query string written comma-separated (`a,b`). */
export function EnumListField(
  values: readonly string[],
  options: FieldOptions & { maxItems: number },
): PropertyDecorator {
  return applyDecorators(
    api(options, {
      enum: [...values],
      isArray: true,
      type: String,
      maxItems: options.maxItems,
      ...(options.query ? { style: 'form', explode: false } : {}),
    }),
    ...(options.query ? [listFromQuery] : []),
    ...presence(options),
    IsArray({ message: de.array }),
    ArrayMaxSize(options.maxItems, { message: de.maxItems(options.maxItems) }),
    ArrayUnique(undefined, { message: de.unique }),
    IsIn([...values], { each: true, message: de.eachOneOf(values) }),
  );
}

export function DateField(
  options: FieldOptions & { notInFuture?: boolean; notBefore?: string },
): PropertyDecorator {
  return applyDecorators(
    api(options, { type: String, format: 'date', example: options.example ?? '2026-03-02' }),
    ...presence(options),
    IsCalendarDate({ message: de.date }),
    ...(options.notInFuture ? [IsNotInFuture({ message: de.dateNotInFuture })] : []),
    ...(options.notBefore
      ? [IsNotBefore(options.notBefore, { message: de.dateNotBefore(options.notBefore) })]
      : []),
  );
}

export function EmailField(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    api(options, { type: String, format: 'email', maxLength: 254 }),
    trim,
    ...presence(options),
    IsString({ message: de.text }),
    NoLoneSurrogates(),
    NoControlCharacters(false),
    MaxLength(254, { message: de.maxLength(254) }),
    IsEmail({}, { message: de.email }),
  );
}

export function UuidField(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    api(options, { type: String, format: 'uuid' }),
    ...presence(options),
    IsUUID('all', { message: de.uuid }),
  );
}

export function BooleanField(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    api(options, { type: Boolean }),
    ...(options.query
      ? [
          Transform(({ value }: { value: unknown }) =>
            value === 'true' ? true : value === 'false' ? false : value,
          ),
        ]
      : []),
    ...presence(options),
    IsBoolean({ message: de.boolean }),
  );
}

export function NestedField(type: () => new () => object, options: FieldOptions = {}) {
  return applyDecorators(
    // @nestjs/swagger takes a function for a lazy type only when it is named `type`, as an arrow
    // function written as `type: () => X` is; the one passed in here has no name.
    api(options, { type: () => type() }),
    ...presence(options),
    IsObject({ message: de.object }),
    ValidateNested(),
    Type(type),
  );
}
