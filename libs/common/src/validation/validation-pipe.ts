import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { InvalidInputException, type FieldError } from '../errors';
import { de } from './messages';

/** Flattens class-validator's tree into one error per field, with dotted paths (iteratively). */
export function toFieldErrors(errors: ValidationError[]): FieldError[] {
  const result: FieldError[] = [];
  // Depth first, in the order class-validator reports, without recursion.
  const stack = errors.map((error) => ({ error, parent: '' })).reverse();
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { error, parent } = next;
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
    const children = error.children ?? [];
    for (let i = children.length - 1; i >= 0; i--)
      stack.push({ error: children[i], parent: field });
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

/** The paths of forbidden keys anywhere in the value, found without recursion. */
export function forbiddenKeys(value: unknown): string[] {
  const found: string[] = [];
  const stack: { value: unknown; path: string }[] = [{ value, path: '' }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value: current, path } = next;
    if (typeof current !== 'object' || current === null) continue;
    const entries = Array.isArray(current)
      ? current.map((item, i) => [`${path}[${i}]`, item] as const)
      : Object.keys(current).map((key) => {
          const field = path ? `${path}.${key}` : key;
          if (FORBIDDEN_KEYS.has(key)) found.push(field);
          return [
            field,
            FORBIDDEN_KEYS.has(key) ? undefined : (current as Record<string, unknown>)[key],
          ] as const;
        });
    for (let i = entries.length - 1; i >= 0; i--)
      stack.push({ value: entries[i][1], path: entries[i][0] });
  }
  return found;
}

const NOT_AN_OBJECT = {
  body: 'Der Anfragetext muss ein JSON-Objekt sein.',
  query: 'Die Abfrageparameter sind ungültig.',
} as const;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
