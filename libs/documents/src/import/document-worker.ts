import { parentPort, workerData } from 'node:worker_threads';
import { isDocumentError } from './errors';
import { readPolicyDocument } from './read-policy-document';
import type { WorkerAnswer, WorkerRequest } from './read-in-worker';

/*
 * The worker thread that reads one uploaded document (see read-in-worker.ts): everything that
 * touches the file's content (unpacking, parsing, detection) happens here, away from the
 * server's event loop and under the worker's memory and time limits.
 */
const request = workerData as WorkerRequest;
const post = (answer: WorkerAnswer) => parentPort?.postMessage(answer);

readPolicyDocument({ name: request.name, bytes: Buffer.from(request.bytes) }, request.options).then(
  (reading) => post({ ok: true, reading }),
  (error: unknown) =>
    post(
      isDocumentError(error)
        ? { ok: false, refusal: { status: error.status, code: error.code, message: error.message } }
        : { ok: false, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) },
    ),
);
