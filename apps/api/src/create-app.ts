import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import {
  bodyParserErrorHandler,
  jsonBodyParser,
  requestIdMiddleware,
  untrustedProxyWarning,
} from '@teilhabe/common';
import { type Config } from '@teilhabe/config';
import cookieParser from 'cookie-parser';
import { Logger } from 'nestjs-pino';
import { QUEUE_DASHBOARD_ROUTE } from './admin/queue-dashboard.module';
import { AppModule } from './app.module';
import { openApiDocument } from './openapi';
import { securityHeaders, serveWebApp } from './web-app';

export const API_PREFIX = 'api/v1';

/** Builds the HTTP application exactly as it runs, for main.ts and for the end-to-end tests. */
export async function createApp(config: Config): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    bufferLogs: true,
  });
  const logger = app.get(Logger);
  app.useLogger(logger);
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.set('trust proxy', config.app.trustProxy);
  if (config.app.trustProxy === false) app.use(untrustedProxyWarning(logger));
  app.use(requestIdMiddleware);
  app.use(securityHeaders());
  // Closed unless origins are configured: browsers on other sites get no CORS headers.
  if (config.app.corsOrigins.length > 0) {
    app.enableCors({ origin: config.app.corsOrigins, credentials: true });
  }
  app.use(cookieParser());
  app.use(jsonBodyParser());
  app.use(bodyParserErrorHandler(logger));
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      'health',
      QUEUE_DASHBOARD_ROUTE.slice(1),
      `${QUEUE_DASHBOARD_ROUTE.slice(1)}/{*path}`,
    ],
  });
  app.enableShutdownHooks();
  if (!serveWebApp(app)) {
    logger.warn('The web app is not built (npm run build); only the API is served.');
  }

  SwaggerModule.setup('api/docs', app, () => openApiDocument(app), {
    jsonDocumentUrl: 'api/docs-json',
  });
  return app;
}
