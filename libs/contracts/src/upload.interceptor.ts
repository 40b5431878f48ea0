import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { DomainException } from '@teilhabe/common';
import { type Request, type Response } from 'express';
import multer from 'multer';
import { from, type Observable, switchMap } from 'rxjs';
import { fileTooLarge } from './contracts.exception';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

const upload = multer({
  storage: multer.memoryStorage(),
  // Browsers send file names in UTF-8; multer's default (Latin-1) would garble "Müller".
  defParamCharset: 'utf8',
  limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, fieldSize: 1024 * 1024, parts: 6 },
}).single('file');

/**
 * Reads a multipart/form-data upload (one file in the field `file`) into memory, answering
 * its failures in German. JSON requests pass through untouched.
 */
@Injectable()
export class ContractUploadInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const req = http.getRequest<Request>();
    if (!req.is('multipart/form-data')) return next.handle();
    const parsed = new Promise<void>((resolve, reject) => {
      upload(req, http.getResponse<Response>(), (error: unknown) => {
        if (!error) return resolve();
        reject(uploadError(error));
      });
    });
    return from(parsed).pipe(switchMap(() => next.handle()));
  }
}

function uploadError(error: unknown): DomainException {
  if (error instanceof multer.MulterError) {
    switch (error.code) {
      case 'LIMIT_FILE_SIZE':
        return fileTooLarge(MAX_UPLOAD_BYTES);
      case 'LIMIT_UNEXPECTED_FILE':
        return invalidUpload(
          `Bitte genau eine Datei im Feld „file“ hochladen${error.field ? `, nicht im Feld „${error.field}“` : ''}.`,
        );
      case 'LIMIT_FILE_COUNT':
        return invalidUpload('Bitte genau eine Datei hochladen.');
      case 'LIMIT_FIELD_COUNT':
      case 'LIMIT_FIELD_KEY':
      case 'LIMIT_FIELD_VALUE':
      case 'LIMIT_PART_COUNT':
      case 'MISSING_FIELD_NAME':
        return invalidUpload('Der Upload ist unvollständig oder hat zu viele Teile.');
    }
  }
  return invalidUpload('Der Upload konnte nicht gelesen werden.');
}

const invalidUpload = (message: string) =>
  new DomainException('invalid', 'invalid_upload', message);
