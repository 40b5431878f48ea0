import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  corruptDocument,
  DocumentExtractionError,
  type DocumentExtractionErrorCode,
} from './document-extraction.exception';
import { type ExtractedDocument } from './extract-document-text';

/** Limits of one extraction: a crafted PDF or DOCX must not take the API down with it. */
export const EXTRACTION_LIMITS = { timeoutMs: 30_000, heapMb: 256 };

// The worker runs compiled JavaScript; under ts-jest this file is TypeScript, so the worker
// is taken from the build in dist/ (which the test set-up makes).
function workerFile(): string {
  if (__filename.endsWith('.js')) return join(__dirname, 'extraction.worker.js');
  const root = resolve(__dirname, '../../../..');
  const built = join(root, 'dist', relative(root, __dirname), 'extraction.worker.js');
  if (!existsSync(built)) throw new Error(`extraction worker not built: ${built}`);
  return built;
}

type Reply =
  | { ok: true; result: ExtractedDocument }
  | { ok: false; code: DocumentExtractionErrorCode; message: string | null };

/**
 * Extracts the text of a document in a worker thread with a memory limit and a time limit,
 * so that parsing never blocks the event loop and a document built to exhaust CPU or memory
 * ends as a German error instead of a stalled or crashed process.
 */
export function extractInWorker(data: Buffer, declaredName?: string): Promise<ExtractedDocument> {
  return new Promise((resolvePromise, reject) => {
    const worker = new Worker(workerFile(), {
      workerData: { data: new Uint8Array(data), name: declaredName },
      resourceLimits: { maxOldGenerationSizeMb: EXTRACTION_LIMITS.heapMb },
    });
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(
      () => finish(() => reject(tooDemanding(declaredName))),
      EXTRACTION_LIMITS.timeoutMs,
    );
    worker.once('message', (reply: Reply) =>
      finish(() =>
        reply.ok
          ? resolvePromise(reply.result)
          : reject(
              reply.message === null
                ? corruptDocument(declaredName)
                : new DocumentExtractionError(reply.code, reply.message),
            ),
      ),
    );
    // Out of memory ends the worker with an error (ERR_WORKER_OUT_OF_MEMORY).
    worker.once('error', () => finish(() => reject(tooDemanding(declaredName))));
    worker.once('exit', () => finish(() => reject(tooDemanding(declaredName))));
  });
}

const tooDemanding = (declaredName?: string) =>
  new DocumentExtractionError(
    'too_large',
    `Die Datei${declaredName ? ` „${declaredName.replace(/^.*[/\\\\]/, '').slice(0, 80)}“` : ''} ` +
      'ist zu aufwendig zu lesen (zu groß oder zu stark verschachtelt). ' +
      'Bitte fügen Sie den Vertragstext direkt ein oder laden Sie eine einfachere Fassung hoch.',
  );
