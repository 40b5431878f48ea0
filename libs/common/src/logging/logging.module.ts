import { Module } from '@nestjs/common';
import { AppConfig } from '@teilhabe/config';
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';

/**
 * JSON logs through pino. Each request's lines carry its id (set by requestIdMiddleware before
 * anything else). Only method and path are logged: query strings and bodies can hold names.
 */
/**
 * The path of a request as the log shows it: without the query string (it can hold names), and
 * without the token of a provider's answer link (a key to the case, stored only hashed).
 */
export function loggedPath(url: string): string {
  return url.split('?')[0].replace(/\/(antwort|public\/answers)\/[^/]+/, '/$1/…');
}

@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (app: AppConfig) => ({
        pinoHttp: {
          level: app.LOG_LEVEL,
          genReqId: (req: IncomingMessage & { id?: string | number }) => req.id ?? 'unknown',
          // Every line logged while serving a request carries its id as reqId.
          quietReqLogger: true,
          customLogLevel: (_req: IncomingMessage, res: ServerResponse, error?: Error) =>
            error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
          serializers: {
            req: (req: { id: string; method: string; url: string }) => ({
              method: req.method,
              path: loggedPath(req.url),
            }),
            res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
          },
          autoLogging: { ignore: (req: IncomingMessage) => req.url === '/health' },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
