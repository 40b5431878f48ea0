import { type CanActivate, type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type Request } from 'express';
import { CommonErrorCode, DomainException } from '../errors';

const ACCEPTS = 'teilhabe:accepts-content-types';

/** Declares which request body types a route takes besides JSON (e.g. file uploads). */
export const AcceptsContentTypes = (...types: string[]) => SetMetadata(ACCEPTS, types);

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

/**
 * A body that is not JSON would otherwise reach the handler as "no body" and produce a list of
 * missing fields; answering 415 names the real problem.
 */
@Injectable()
export class ContentTypeGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const req = context.switchToHttp().getRequest<Request>();
    if (!WITH_BODY.has(req.method) || !hasBody(req)) return true;
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type === 'application/json' || type.endsWith('+json')) return true;
    const extra = this.reflector.get<string[] | undefined>(ACCEPTS, context.getHandler()) ?? [];
    if (extra.includes(type)) return true;
    throw new DomainException(
      'unsupported_media_type',
      CommonErrorCode.UnsupportedMediaType,
      `Der Anfragetext muss JSON sein (Content-Type: application/json)${
        type ? `, nicht ${type}` : ''
      }.`,
    );
  }
}

function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  if (length !== undefined) return Number(length) > 0;
  return req.headers['transfer-encoding'] !== undefined;
}
