import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { InvalidInputException, type FieldError } from '../errors';
import { de } from './messages';

/** Flattens class-validator's tree into one error per field, with dotted paths. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const result: FieldError[] = [];
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const constraints = error.constraints ?? {};
    const codes = Object.keys(constraints);
    if (codes.length > 0) {
      // A missing value is reported as missing, not as every rule it would have broken.
      const code = codes.includes('isDefined') ? 'isDefined' : codes[0];
      result.push({
        field,
        code: CODE_NAMES[code] ?? code,
        message: code === 'whitelistValidation' ? de.unknownField : constraints[code],
      });
    }
    if (error.children?.length) result.push(...toFieldErrors(error.children, field));
  }
  return result;
}

const CODE_NAMES: Record<string, string> = {
  isDefined: 'required',
  whitelistValidation: 'unknown_field',
};

/** Strict input everywhere: unknown fields are errors, nothing is converted implicitly. */
export class StrictValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      transformOptions: { enableImplicitConversion: false },
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => new InvalidInputException(toFieldErrors(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const validated = metadata.type === 'body' || metadata.type === 'query';
    if (validated && metadata.metatype && !isPlainObject(value)) {
      throw new InvalidInputException(
        [{ field: metadata.type, code: 'not_an_object', message: NOT_AN_OBJECT[metadata.type] }],
        NOT_AN_OBJECT[metadata.type],
      );
    }
    if (validated) {
      const forbidden = forbiddenKeys(value);
      if (forbidden.length > 0) {
        throw new InvalidInputException(
          forbidden.map((field) => ({ field, code: 'unknown_field', message: de.unknownField })),
        );
      }
    }
    return super.transform(value, metadata);
  }
}

/*
 * Keys that class-transformer and the whitelist silently pass over, and that could reach
 * object prototypes: they are reported like any other unknown field.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function forbiddenKeys(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => forbiddenKeys(item, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.keys(value).flatMap((key) => {
    const field = path ? `${path}.${key}` : key;
    if (FORBIDDEN_KEYS.has(key)) return [field];
    return forbiddenKeys((value as Record<string, unknown>)[key], field);
  });
}

const NOT_AN_OBJECT = {
  body: 'Der Anfragetext muss ein JSON-Objekt sein.',
  query: 'Die Abfrageparameter sind ungültig.',
} as const;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
