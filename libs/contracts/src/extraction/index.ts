export {
  DocumentExtractionError,
  type DocumentExtractionErrorCode,
} from './document-extraction.exception';
export {
  extractDocumentText,
  MAX_PDF_PAGES,
  MAX_TEXT_LENGTH,
  type DocumentKind,
  type ExtractedDocument,
} from './extract-document-text';
export { EXTRACTION_LIMITS, extractInWorker } from './extract-in-worker';
