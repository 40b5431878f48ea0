import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type Request } from 'express';
import { csrfMismatch, notSignedIn } from './auth.exception';
import { AuthService, type Principal } from './auth.service';
import { IS_PUBLIC } from './public.decorator';
import { sameHash, tokenHash } from './tokens';

export const SESSION_COOKIE = 'teilhabe_session';
export const CSRF_COOKIE = 'teilhabe_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export type AuthenticatedRequest = Request & { user?: Principal; cookies?: Record<string, string> };

/**
 * Every route needs a signed-in user unless marked @Public(): API clients send
 * `Authorization: Bearer <token>`, the web UI its session cookie, and with the cookie a
 * changing request must also carry the CSRF token in X-CSRF-Token.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = req.headers.authorization;
    if (header !== undefined) {
      const match = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(header);
      const principal = match ? await this.auth.authenticateBearer(match[1]) : null;
      if (!principal) throw notSignedIn();
      req.user = principal;
      return true;
    }
    const cookie: unknown = req.cookies?.[SESSION_COOKIE];
    const session = typeof cookie === 'string' ? await this.auth.authenticateCookie(cookie) : null;
    if (!session) throw notSignedIn();
    if (!SAFE.has(req.method)) {
      const csrf = req.headers[CSRF_HEADER];
      if (typeof csrf !== 'string' || !sameHash(tokenHash(csrf), session.csrfHash)) {
        throw csrfMismatch();
      }
    }
    const { csrfHash, ...principal } = session;
    void csrfHash; // checked above; not part of the principal
    req.user = principal;
    return true;
  }
}
