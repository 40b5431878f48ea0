import { type NestExpressApplication } from '@nestjs/platform-express';
import { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where `npm run build` puts the web app (apps/web, built by Vite): dist/web, seen from the
 * built dist/apps/api/src or from the sources (as the tests run them).
 */
export const WEB_APP_DIR = [
  join(__dirname, '..', '..', '..', 'web'),
  join(__dirname, '..', '..', '..', 'dist', 'web'),
].find((dir) => existsSync(join(dir, 'index.html')));

/** Paths the API answers itself; everything else that asks for HTML is the web app. */
const API_PATHS = /^\/(api|health|admin)(\/|$)/;

/**
 * Content-Security-Policy: the web app's pages run without inline scripts or styles. Only the
 * OpenAPI UI at /api/docs styles elements inline and gets 'unsafe-inline' for styles.
 */
export function securityHeaders() {
  const directives = {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    // Behind TLS the proxy redirects; on http://127.0.0.1 an upgrade would break every request.
    upgradeInsecureRequests: null,
  };
  const strict = helmet({ contentSecurityPolicy: { directives } });
  const docs = helmet({
    contentSecurityPolicy: {
      directives: { ...directives, styleSrc: ["'self'", "'unsafe-inline'"] },
    },
  });
  return (req: Request, res: Response, next: NextFunction) =>
    (req.path.startsWith('/api/docs') ? docs : strict)(req, res, next);
}

/**
 * Serves the built web app at `/`: its files under /assets (named by content, so cached for a
 * year), and index.html for every other page address, so that a deep link such as a case's
 * own address survives a reload. Returns false when the app has not been built.
 */
export function serveWebApp(app: NestExpressApplication, dir = WEB_APP_DIR): boolean {
  if (!dir) return false;
  const indexFile = join(dir, 'index.html');
  const index = readFileSync(indexFile);
  app.useStaticAssets(join(dir, 'assets'), {
    prefix: '/assets/',
    immutable: true,
    maxAge: '365d',
    fallthrough: false,
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.path)) return next();
    // A browser opening a page asks for HTML; API clients and */* get a 404 in JSON.
    if (req.accepts(['json', 'html']) !== 'html') {
      res.status(404).json({
        statusCode: 404,
        code: 'not_found',
        message: 'Diese Adresse gibt es nicht.',
      });
      return;
    }
    res.type('html').set('cache-control', 'no-cache').send(index);
  });
  return true;
}
