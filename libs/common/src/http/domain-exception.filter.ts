import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Logger,
  Optional,
} from '@nestjs/common';
import { type Request, type Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { DomainException, type ErrorKind } from '../errors';
import { type ErrorBody, genericError } from './error-body';
import { type RequestWithId } from './request-id.middleware';
import { type Actor } from '../actor';
import { DeniedAccessRecorder } from './denied-access';

const STATUS: Record<ErrorKind, number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  too_many_requests: 429,
  not_found: 404,
  gone: 410,
  conflict: 409,
  unprocessable: 422,
  payload_too_large: 413,
  unsupported_media_type: 415,
};

/*
 * PostgreSQL errors that mean the input was wrong rather than the server. Validation should
 * have caught them first; the mapping keeps a missed case a 4xx instead of a 500.
 */
const PG_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  '23505': { status: 409, code: 'duplicate', message: 'Einen solchen Eintrag gibt es bereits.' },
  '23503': {
    status: 409,
    code: 'reference_violation',
    message: 'Der Eintrag verweist auf etwas, das es nicht gibt, oder wird noch verwendet.',
  },
  '23502': { status: 400, code: 'missing_value', message: 'Ein Pflichtwert fehlt.' },
  '23514': { status: 400, code: 'check_violation', message: 'Ein Wert ist nicht zulässig.' },
  '22P02': { status: 400, code: 'invalid_value', message: 'Ein Wert hat das falsche Format.' },
  '22007': { status: 400, code: 'invalid_value', message: 'Ein Datum hat das falsche Format.' },
  '22008': {
    status: 400,
    code: 'invalid_value',
    message: 'Ein Datum liegt außerhalb des Bereichs.',
  },
  '22003': {
    status: 400,
    code: 'invalid_value',
    message: 'Eine Zahl liegt außerhalb des Bereichs.',
  },
  '22001': { status: 400, code: 'invalid_value', message: 'Ein Text ist zu lang.' },
  '22021': { status: 400, code: 'invalid_value', message: 'Ein Text enthält unzulässige Zeichen.' },
};

/** Maps every error to one JSON shape; anything unexpected becomes a plain 500. */
@Catch()
export class DomainExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(@Optional() private readonly denied?: DeniedAccessRecorder) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request & RequestWithId & { user?: Actor }>();
    const res = ctx.getResponse<Response>();
    const body = this.toBody(exception, req);
    body.requestId = req.id;
    if (res.headersSent) return;
    const status = body.statusCode;
    if (this.denied && req.user?.id && (status === 403 || status === 404)) {
      // The refusal is recorded before it is answered, so that a prober cannot outrun the log.
      this.denied
        .record({
          actor: { id: req.user.id, name: req.user.name, requestId: req.id },
          method: req.method,
          route: routeOf(req),
          recordId: typeof req.params?.id === 'string' ? req.params.id.slice(0, 100) : undefined,
          statusCode: status,
          code: body.code,
        })
        .catch((error: unknown) =>
          this.logger.error(error instanceof Error ? error : String(error)),
        )
        .finally(() => this.send(res, body));
      return;
    }
    this.send(res, body);
  }

  private send(res: Response, body: ErrorBody): void {
    if (typeof body.retryAfterSeconds === 'number') {
      res.setHeader('Retry-After', String(body.retryAfterSeconds));
    }
    if (body.statusCode === 401) res.setHeader('WWW-Authenticate', 'Bearer');
    res.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown, req: Request): ErrorBody {
    if (exception instanceof DomainException) {
      return {
        statusCode: STATUS[exception.kind],
        code: exception.code,
        message: exception.message,
        ...(exception.errors ? { errors: exception.errors } : {}),
        ...exception.details,
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status >= 500) this.logger.error(exception);
      const generic = genericError(status);
      const message =
        status === 404
          ? `Diese Adresse gibt es nicht: ${req.method} ${req.originalUrl.split('?')[0]}`
          : generic.message;
      return { statusCode: status, code: generic.code, message };
    }
    if (exception instanceof QueryFailedError) {
      const code = (exception.driverError as { code?: string } | undefined)?.code;
      const known = code ? PG_ERRORS[code] : undefined;
      if (known) {
        this.logger.warn(`database rejected input (${code}): ${exception.message}`);
        return { statusCode: known.status, code: known.code, message: known.message };
      }
    }
    this.logger.error(exception instanceof Error ? exception : String(exception));
    return { statusCode: 500, ...genericError(500) };
  }
}

/** The declared route (`/api/v1/cases/:id`), or the path asked for, shortened. */
function routeOf(req: Request): string {
  const declared = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof declared === 'string' && !declared.includes('*')) return declared;
  return req.originalUrl.split('?')[0].slice(0, 200);
}
