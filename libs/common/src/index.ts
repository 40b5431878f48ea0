// The public API of @teilhabe/common: what other libraries and the apps use, and nothing more.
export { type Actor, CurrentActor, SYSTEM_ACTOR } from './actor/actor';
export { Address, AddressDto } from './address/address';
export { type CsvRequest, CsvUploadInterceptor, MAX_CSV_BYTES } from './csv/csv-upload.interceptor';
export { decodeCsv } from './csv/decode-csv';
export {
  DomainException,
  InvalidInputException,
  unknownReference,
} from './errors/domain.exception';
export { bodyParserErrorHandler, jsonBodyParser } from './http/body-parser';
export { AcceptsContentTypes, ContentTypeGuard } from './http/content-type.guard';
export { type DeniedAccess, DeniedAccessRecorder } from './http/denied-access';
export { DomainExceptionFilter } from './http/domain-exception.filter';
export { requestIdMiddleware } from './http/request-id.middleware';
export { untrustedProxyWarning } from './http/untrusted-proxy';
export {
  claimIdempotencyKey,
  completeIdempotencyKey,
  IDEMPOTENCY_HEADER,
  parseIdempotencyKey,
  requestHash,
} from './idempotency/idempotency';
export { IdempotencyKey } from './idempotency/idempotency-key.entity';
export { IdempotencyModule } from './idempotency/idempotency-purge';
export { LoggingModule } from './logging/logging.module';
export { ErrorResponse, FieldErrorResponse, PageOf } from './openapi/responses';
export { clientKey } from './rate-limit/client-address';
export { type RateLimit, RateLimited, RateLimiter } from './rate-limit/rate-limit';
export { RateLimitCounter } from './rate-limit/rate-limit-counter.entity';
export { RateLimitModule } from './rate-limit/rate-limit-purge';
export { decodeCursor, type Page, toPage } from './pagination/cursor';
export { containsPattern, isUniqueViolation } from './pagination/like';
export { DEFAULT_PAGE_SIZE, PageQueryDto } from './pagination/page-query.dto';
export { cleanFileName } from './text/plain-text';
export { slugify } from './text/slugify';
export { todayInBerlin } from './validation/calendar-date';
export {
  BooleanField,
  DateField,
  EmailField,
  EnumField,
  EnumListField,
  IntField,
  NestedField,
  NumberField,
  TextField,
  UuidField,
} from './validation/fields';
export { de } from './validation/messages';
export { NoQueryPipe, uuidParam } from './validation/uuid-param';
export { StrictValidationPipe, toFieldErrors } from './validation/validation-pipe';
