import { randomUUID } from 'node:crypto';
import { type NextFunction, type Request, type Response } from 'express';

const ACCEPTED = /^[A-Za-z0-9._:-]{1,100}$/;

export type RequestWithId = Request & { id?: string };

/**
 * Gives every request an id before anything else runs, so that even a request rejected by the
 * body parser is logged and answered with it. A well-formed X-Request-Id from a proxy is kept.
 */
export function requestIdMiddleware(req: RequestWithId, res: Response, next: NextFunction): void {
  const incoming = req.headers['x-request-id'];
  req.id = typeof incoming === 'string' && ACCEPTED.test(incoming) ? incoming : randomUUID();
  res.setHeader('X-Request-Id', req.id);
  next();
}
