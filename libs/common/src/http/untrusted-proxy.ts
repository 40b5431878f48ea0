import { type LoggerService } from '@nestjs/common';
import { type NextFunction, type Request, type RequestHandler, type Response } from 'express';

/**
 * Without TRUST_PROXY every client behind a reverse proxy seems to come from the proxy's
 * address (one office, one address for the sign-in throttle and the audit log). A request
 * carrying X-Forwarded-For shows that a proxy is in front: say so in the log, once.
 */
export function untrustedProxyWarning(logger: LoggerService): RequestHandler {
  let warned = false;
  return (req: Request, _res: Response, next: NextFunction) => {
    if (!warned && req.headers['x-forwarded-for'] !== undefined) {
      warned = true;
      logger.warn(
        'requests arrive with X-Forwarded-For, but TRUST_PROXY is not set: every client ' +
          'counts as the proxy address ' +
          `${req.socket.remoteAddress ?? 'unknown'}. Set TRUST_PROXY to the proxy's address ` +
          '(or loopback, or the number of proxies in front).',
        'Proxy',
      );
    }
    next();
  };
}
