// Runs in a worker thread (see extract-in-worker.ts): reads one document and posts its text or
// the extraction error back.
import { parentPort, workerData } from 'node:worker_threads';
import { DocumentExtractionError } from './document-extraction.exception';
import { extractDocumentText } from './extract-document-text';

interface Input {
  data: Uint8Array;
  name?: string;
}

const { data, name } = workerData as Input;
extractDocumentText(Buffer.from(data.buffer, data.byteOffset, data.byteLength), name).then(
  (result) => parentPort?.postMessage({ ok: true, result }),
  (error: unknown) =>
    parentPort?.postMessage(
      error instanceof DocumentExtractionError
        ? { ok: false, code: error.code, message: error.message }
        : { ok: false, code: 'corrupt_document', message: null },
    ),
);
