/**
 * What went wrong, independent of the transport. The HTTP layer maps each kind to a status in
 * one place (DomainExceptionFilter), so libraries never deal in status codes.
 */
export type ErrorKind =
  | 'invalid'
  | 'unauthorized'
  | 'forbidden'
  | 'too_many_requests'
  | 'not_found'
  | 'gone'
  | 'conflict'
  | 'unprocessable'
  | 'payload_too_large'
  | 'unsupported_media_type';

/** Error codes raised by the shared layer; each library has its own enum for its errors. */
export enum CommonErrorCode {
  ValidationFailed = 'validation_failed',
  UnsupportedMediaType = 'unsupported_media_type',
  IdempotencyKeyReused = 'idempotency_key_reused',
  RateLimited = 'rate_limited',
}

export interface FieldError {
  /** Dotted path of the field in the request, e.g. `child.birthYear`. */
  field: string;
  /** Machine-readable reason, e.g. `required`, `max`, `unknown_field`. */
  code: string;
  /** German text for the person who filled in the field. */
  message: string;
}

export class DomainException extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly errors?: FieldError[],
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainException';
  }
}

/** A request whose fields are wrong: every problem is named by its field. */
export class InvalidInputException extends DomainException {
  constructor(errors: FieldError[], message = invalidInputMessage(errors)) {
    super('invalid', CommonErrorCode.ValidationFailed, message, errors);
  }
}

export function invalidInputMessage(errors: FieldError[]): string {
  const fields = [...new Set(errors.map((e) => e.field))];
  if (fields.length === 0) return 'Die Eingabe ist ungültig.';
  return `Die Eingabe ist ungültig: ${fields.join(', ')}.`;
}

/** A single field refers to something that does not exist, e.g. an unknown facilityId. */
export function unknownReference(field: string, what: string): InvalidInputException {
  return new InvalidInputException([
    { field, code: 'unknown_reference', message: `${what} mit dieser ID gibt es nicht.` },
  ]);
}
