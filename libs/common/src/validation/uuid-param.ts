import { type PipeTransform, ParseUUIDPipe } from '@nestjs/common';
import { InvalidInputException } from '../errors';
import { de } from './messages';

/** Path ids must be UUIDs; anything else is a 400 that names the parameter. */
export function uuidParam(name = 'id'): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () =>
      new InvalidInputException([{ field: name, code: 'isUuid', message: de.uuid }]),
  });
}

/** For routes that take no query parameters: each one sent is reported as unknown. */
export class NoQueryPipe implements PipeTransform<Record<string, unknown>, Record<string, never>> {
  transform(query: Record<string, unknown>): Record<string, never> {
    const keys = Object.keys(query ?? {});
    if (keys.length > 0) {
      throw new InvalidInputException(
        keys.map((field) => ({ field, code: 'unknown_field', message: de.unknownField })),
      );
    }
    return {};
  }
}
