import {
  type CanActivate,
  type ExecutionContext,
  Injectable,
  type NestMiddleware,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type Request, type Response } from 'express';
import { csrfMismatch, forbidden, notSignedIn } from './auth.exception';
import { type UserRole } from './entities/user.entity';
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
    await this.authenticate(context.switchToHttp().getRequest<AuthenticatedRequest>());
    return true;
  }

  /** Sets `req.user` from the bearer token or the session cookie, or throws 401/403. */
  async authenticate(req: AuthenticatedRequest): Promise<void> {
    const header = req.headers.authorization;
    if (header !== undefined) {
      const match = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(header);
      const principal = match ? await this.auth.authenticateBearer(match[1]) : null;
      if (!principal) throw notSignedIn();
      req.user = principal;
      return;
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
  }
}

/**
 * For what is not a Nest route (a mounted Express app such as the queue dashboard): lets
 * through only a signed-in user of one of the roles, with the same answers as the guards.
 */
export function requireRoles(...roles: UserRole[]) {
  @Injectable()
  class RoleMiddleware implements NestMiddleware {
    constructor(private readonly guard: AuthGuard) {}

    async use(req: AuthenticatedRequest, _res: Response, next: () => void): Promise<void> {
      await this.guard.authenticate(req);
      if (!req.user || !roles.includes(req.user.role)) throw forbidden();
      next();
    }
  }
  return RoleMiddleware;
}
