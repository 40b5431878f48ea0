import { json, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { type LoggerService } from '@nestjs/common';
import { type ErrorBody } from './error-body';
import { type RequestWithId } from './request-id.middleware';

export const BODY_LIMIT_BYTES = 1024 * 1024;

export function jsonBodyParser(): RequestHandler {
  return json({
    limit: BODY_LIMIT_BYTES,
    strict: true,
    type: ['application/json', 'application/*+json'],
  });
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
