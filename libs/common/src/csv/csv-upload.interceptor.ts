import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { DomainException } from '../errors/domain.exception';
import { type Request, type Response } from 'express';
import multer from 'multer';
import { from, type Observable, switchMap } from 'rxjs';

export const MAX_CSV_BYTES = 5 * 1024 * 1024;

const upload = multer({
  storage: multer.memoryStorage(),
  defParamCharset: 'utf8',
  limits: { fileSize: MAX_CSV_BYTES, files: 1, fields: 2, parts: 3 },
}).single('file');

/** The CSV's bytes as the request brought them: a multipart upload or a text/csv body. */
export interface CsvRequest extends Request {
  csv?: Buffer;
}

const tooLarge = () =>
  new DomainException(
    'payload_too_large',
    'csv_too_large',
    `Die CSV-Datei ist größer als ${MAX_CSV_BYTES / 1024 / 1024} MB.`,
  );
const unreadable = (message: string) => new DomainException('invalid', 'invalid_upload', message);

/** Reads the CSV into `req.csv`, from the field `file` of a multipart upload or the raw body. */
@Injectable()
export class CsvUploadInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const req = http.getRequest<CsvRequest>();
    const read = req.is('multipart/form-data')
      ? new Promise<void>((resolve, reject) => {
          upload(req, http.getResponse<Response>(), (error: unknown) => {
            if (error instanceof multer.MulterError && error.code === 'LIMIT_FILE_SIZE') {
              return reject(tooLarge());
            }
            if (error) {
              return reject(unreadable('Bitte genau eine CSV-Datei im Feld „file“ hochladen.'));
            }
            req.csv = req.file?.buffer;
            resolve();
          });
        })
      : req.is('text/csv')
        ? readBody(req).then((bytes) => {
            req.csv = bytes;
            // No fields beside the file: the body's DTO sees an empty object.
            req.body = {};
          })
        : Promise.resolve();
    return from(read).pipe(switchMap(() => next.handle()));
  }
}

function readBody(req: Request): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_CSV_BYTES) {
        req.removeAllListeners('data');
        req.resume();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', () => reject(unreadable('Der Anfragetext konnte nicht gelesen werden.')));
  });
}
