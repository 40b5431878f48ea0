import { ParseUUIDPipe } from '@nestjs/common';
import { InvalidInputException } from '../errors';
import { de } from './messages';

/** Path ids must be UUIDs; anything else is a 400 that names the parameter. */
export function uuidParam(name = 'id'): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () =>
      new InvalidInputException([{ field: name, code: 'isUuid', message: de.uuid }]),
  });
}
