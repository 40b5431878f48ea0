import { json, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { type LoggerService } from '@nestjs/common';
import { type ErrorBody } from './error-body';
import { type RequestWithId } from './request-id.middleware';

export const BODY_LIMIT_BYTES = 1024 * 1024;

/** No request of the API nests deeper than a few levels; 32 leaves room and bounds every walk. */
export const BODY_MAX_DEPTH = 32;

export function jsonBodyParser(): RequestHandler {
  return json({
    limit: BODY_LIMIT_BYTES,
    strict: true,
    type: ['application/json', 'application/*+json'],
    verify: (_req, _res, buffer) => assertNestingDepth(buffer, BODY_MAX_DEPTH),
  });
}

const OPEN_OBJECT = 0x7b; // {
const OPEN_ARRAY = 0x5b; // [
const CLOSE_OBJECT = 0x7d; // }
const CLOSE_ARRAY = 0x5d; // ]
const QUOTE = 0x22; // "
const BACKSLASH = 0x5c; // \

/**
 * Refuses a JSON text nested deeper than `maxDepth` before it is parsed, so that nothing after
 * the parser (validation, transformation, logging) ever walks a deep structure. One pass over
 * the bytes, outside strings; a malformed text is left to the parser to refuse.
 */
export function assertNestingDepth(buffer: Uint8Array, maxDepth: number): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < buffer.length; i++) {
    const byte = buffer[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      if (++depth > maxDepth) throw new BodyTooDeepError();
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
      depth--;
    }
  }
}

class BodyTooDeepError extends Error {
  readonly type = 'entity.too.deep';
  readonly status = 400;
  constructor() {
    super(`JSON body nested deeper than ${BODY_MAX_DEPTH} levels`);
  }
}

interface BodyParserError {
  type?: string;
  status?: number;
}

const BODY_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  'entity.parse.failed': {
    status: 400,
    code: 'malformed_json',
    message: 'Der Anfragetext ist kein gültiges JSON-Objekt.',
  },
  'entity.too.large': {
    status: 413,
    code: 'payload_too_large',
    message: 'Der Anfragetext ist größer als 1 MB.',
  },
  'entity.too.deep': {
    status: 400,
    code: 'nested_too_deep',
    message: `Der Anfragetext ist zu tief verschachtelt (höchstens ${BODY_MAX_DEPTH} Ebenen).`,
  },
  'encoding.unsupported': {
    status: 415,
    code: 'unsupported_encoding',
    message: 'Diese Inhaltskodierung wird nicht angenommen.',
  },
  'charset.unsupported': {
    status: 415,
    code: 'unsupported_charset',
    message: 'Dieser Zeichensatz wird nicht angenommen; bitte UTF-8 verwenden.',
  },
  'request.aborted': {
    status: 400,
    code: 'request_aborted',
    message: 'Die Anfrage wurde abgebrochen.',
  },
  'request.size.invalid': {
    status: 400,
    code: 'request_size_invalid',
    message: 'Die angegebene Länge des Anfragetexts stimmt nicht.',
  },
};

/** Answers body-parser failures in the same JSON shape as every other error. */
export function bodyParserErrorHandler(logger: LoggerService) {
  return (error: unknown, req: Request, res: Response, next: NextFunction): void => {
    const type = (error as BodyParserError | null)?.type;
    const known = type ? BODY_ERRORS[type] : undefined;
    if (!known) {
      next(error);
      return;
    }
    const requestId = (req as RequestWithId).id;
    const body: ErrorBody = {
      statusCode: known.status,
      code: known.code,
      message: known.message,
      requestId,
    };
    // Logged here because the request never reaches the HTTP logger that runs after parsing.
    logger.warn(
      {
        reqId: requestId,
        method: req.method,
        path: req.originalUrl.split('?')[0],
        statusCode: known.status,
        code: known.code,
      },
      'request body rejected',
      'HttpBody',
    );
    res.status(known.status).json(body);
  };
}
