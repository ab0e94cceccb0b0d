import * as path from 'node:path';
import { Worker, WorkerOptions } from 'node:worker_threads';
import {
  DocumentLimitCode,
  DocumentLimitError,
  DocumentRejectedError,
  DocumentRejectionCode,
  DocumentTooLargeError,
  reject,
} from './errors';
import { ExtractionSlots } from './extraction-slots';
import {
  BUSY_RETRY_AFTER_SECONDS,
  EXTRACTION_MEMORY_MB,
  MAX_CONCURRENT_EXTRACTIONS,
  MAX_DOCUMENT_BYTES,
  MAX_EXTRACTION_SECONDS,
  MAX_WAITING_EXTRACTIONS,
} from './limits';
import { DetectOptions, PolicyDocumentReading, UploadedFile } from './types';

export interface WorkerRequest {
  name: string;
  bytes: Uint8Array;
  options: DetectOptions;
}

export type WorkerAnswer =
  | { ok: true; reading: PolicyDocumentReading }
  | { ok: false; refusal: { status: 400 | 413; code: string; message: string } }
  | { ok: false; failure: string };

/** One process-wide line: every caller (HTTP uploads, the CLI) shares the same slots. */
const slots = new ExtractionSlots(MAX_CONCURRENT_EXTRACTIONS, MAX_WAITING_EXTRACTIONS, BUSY_RETRY_AFTER_SECONDS);

/**
 * readPolicyDocument in a worker thread of its own, stopped after MAX_EXTRACTION_SECONDS or
 * EXTRACTION_MEMORY_MB, with at most MAX_CONCURRENT_EXTRACTIONS at once. Throws what
 * readPolicyDocument throws, DocumentLimitError('too-complex') when the worker is stopped, and
 * ExtractionBusyError when MAX_WAITING_EXTRACTIONS already wait.
 */
export async function readPolicyDocumentInWorker(file: UploadedFile, options: DetectOptions = {}): Promise<PolicyDocumentReading> {
  if (file.bytes.length > MAX_DOCUMENT_BYTES) throw new DocumentTooLargeError(file.name, file.bytes.length);
  const release = await slots.acquire();
  try {
    const answer = await runWorker({ name: file.name, bytes: new Uint8Array(file.bytes), options: { today: options.today } });
    if (answer.ok) return answer.reading;
    if ('failure' in answer) throw new Error(`Reading ${file.name} failed: ${answer.failure}`);
    const { status, code, message } = answer.refusal;
    throw status === 413
      ? new DocumentLimitError(code as DocumentLimitCode, file.name, message)
      : new DocumentRejectedError(code as DocumentRejectionCode, file.name, message);
  } finally {
    release();
  }
}

function runWorker(request: WorkerRequest): Promise<WorkerAnswer> {
  return new Promise((resolve, rejectWith) => {
    const worker = startWorker(request);
    const timer = setTimeout(() => {
      void worker.terminate();
      rejectWith(reject.tooComplex(request.name, `reading it took longer than ${MAX_EXTRACTION_SECONDS} seconds`));
    }, MAX_EXTRACTION_SECONDS * 1000);
    const settle = (outcome: () => void) => {
      clearTimeout(timer);
      outcome();
      void worker.terminate();
    };
    worker.once('message', (answer: WorkerAnswer) => settle(() => resolve(answer)));
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() =>
        rejectWith(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? reject.tooComplex(request.name, `reading it needed more than ${EXTRACTION_MEMORY_MB} MB of memory`)
            : error,
        ),
      ),
    );
    worker.once('exit', (code) => settle(() => rejectWith(new Error(`The document reader stopped (exit code ${code}) without answering`))));
  });
}

/**
 * The compiled worker (dist/.../document-worker.js) in production; from the TypeScript sources
 * (jest, the test servers) the worker compiles them on load, as test/support/register-ts.js does
 * for child processes.
 */
function startWorker(request: WorkerRequest): Worker {
  const options: WorkerOptions = {
    workerData: request,
    resourceLimits: { maxOldGenerationSizeMb: EXTRACTION_MEMORY_MB },
  };
  if (__filename.endsWith('.js')) return new Worker(path.join(__dirname, 'document-worker.js'), options);
  const registerTs = path.resolve(__dirname, '../../../../test/support/register-ts.js');
  const entry = path.join(__dirname, 'document-worker.ts');
  return new Worker(`require(${JSON.stringify(registerTs)}); require(${JSON.stringify(entry)});`, { ...options, eval: true });
}
