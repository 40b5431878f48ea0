import {
  applyDecorators,
  type CanActivate,
  type ExecutionContext,
  Injectable,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { FieldCipher } from '@teilhabe/crypto';
import { type Request } from 'express';
import { DataSource } from 'typeorm';
import { CommonErrorCode, DomainException } from '../errors';
import { clientKey } from './client-address';

/** At most `max` requests of one client address in `windowSeconds`. */
export interface RateLimit {
  /** What is counted; limits of the same bucket share their counters. */
  bucket: string;
  max: number;
  windowSeconds: number;
  /** The German message, told when to try again: `inTime` is "in 12 Minuten" or the like. */
  message: (inTime: string) => string;
}

/**
 * Fixed-window counters per client address in PostgreSQL: one atomic upsert per request, so
 * that the limit holds however many API replicas share the work. The window opens with a
 * client's first request; a request in a closed window opens a new one.
 */
@Injectable()
export class RateLimiter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {}

  /** Counts a request of `address`; throws 429 (with Retry-After) beyond the limit. */
  async hit(limit: RateLimit, address: string | undefined): Promise<void> {
    const client = this.cipher.blindIndex(clientKey(address), 'rate_limit_counters.client');
    const [{ hits, retry_after }] = await this.dataSource.query<
      { hits: number; retry_after: number }[]
    >(
      `INSERT INTO rate_limit_counters (bucket, client, window_ends_at, hits)
       VALUES ($1, $2, now() + make_interval(secs => $3), 1)
       ON CONFLICT (bucket, client) DO UPDATE SET
         hits = CASE WHEN rate_limit_counters.window_ends_at <= now()
                     THEN 1 ELSE rate_limit_counters.hits + 1 END,
         window_ends_at = CASE WHEN rate_limit_counters.window_ends_at <= now()
                               THEN now() + make_interval(secs => $3)
                               ELSE rate_limit_counters.window_ends_at END
       RETURNING hits,
         greatest(1, ceil(extract(epoch FROM window_ends_at - now())))::int AS retry_after`,
      [limit.bucket, client, limit.windowSeconds],
    );
    if (hits > limit.max) throw rateLimited(limit, retry_after);
  }
}

const RATE_LIMITS = 'teilhabe:rate-limits';

/** Counts every request to the route against each limit, in order, before anything else. */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const limits =
      this.reflector.getAllAndOverride<RateLimit[] | undefined>(RATE_LIMITS, [
        context.getHandler(),
        context.getClass(),
      ]) ?? [];
    const req = context.switchToHttp().getRequest<Request>();
    for (const limit of limits) await this.limiter.hit(limit, req.ip);
    return true;
  }
}

/**
 * Limits requests to a route per client address. The address is Express's `req.ip`: behind a
 * proxy, only with TRUST_PROXY set is it the client's rather than the proxy's.
 */
export const RateLimited = (...limits: RateLimit[]) =>
  applyDecorators(SetMetadata(RATE_LIMITS, limits), UseGuards(RateLimitGuard));

export function rateLimited(limit: RateLimit, retryAfterSeconds: number): DomainException {
  return new DomainException(
    'too_many_requests',
    CommonErrorCode.RateLimited,
    limit.message(inWords(retryAfterSeconds)),
    undefined,
    { retryAfterSeconds },
  );
}

/** "in einer Minute", "in 12 Minuten", "in 3 Stunden": rounded up, never too early. */
export function inWords(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  if (minutes <= 1) return 'in einer Minute';
  if (minutes < 60) return `in ${minutes} Minuten`;
  const hours = Math.ceil(seconds / 3600);
  return hours === 1 ? 'in einer Stunde' : `in ${hours} Stunden`;
}
