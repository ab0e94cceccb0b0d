import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { EXTRACTION_MEMORY_MB, MAX_PDF_DECODED_BYTES, MAX_PDF_PAGES } from './limits';
import { PdfPage, linesFromItems } from './pdf-lines';
import { pdfStreamsWithin } from './pdf-streams';

export interface PdfText {
  text: string;
  pageCount: number;
}

/** Why pdf.js could not read a file. */
export class PdfReadError extends Error {
  constructor(
    readonly reason: 'encrypted' | 'corrupt' | 'timeout' | 'unpacks-too-large' | 'too-many-pages' | 'too-much-memory',
    message: string,
    /** How many pages it has, for 'too-many-pages'. */
    readonly pages?: number,
  ) {
    super(message);
    this.name = 'PdfReadError';
  }
}

type WorkerAnswer =
  | { ok: true; pages: PdfPage[]; pageCount: number }
  | { ok: false; name: string; message: string; code?: string };

/*
 * pdfjs-dist is ESM-only. It runs in a worker thread, where a plain dynamic import() works
 * under Node and under Jest alike (Jest's module sandbox refuses import() without
 * --experimental-vm-modules), and where a hostile or huge PDF can be stopped by a time and
 * memory limit without blocking the API's event loop. The worker is plain JavaScript so it
 * needs no compilation.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const pdfjs = await import(workerData.moduleUrl);
  const document = await pdfjs.getDocument({
    data: workerData.data,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    standardFontDataUrl: workerData.fontsPath,
    verbosity: 0,
  }).promise;
  if (document.numPages > workerData.maxPages) {
    await document.destroy();
    parentPort.postMessage({ ok: false, name: 'TooManyPages', message: String(document.numPages) });
    return;
  }
  const pages = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const content = await page.getTextContent();
    const items = content.items.filter((item) => typeof item.str === 'string').map((item) => ({
      str: item.str,
      x: item.transform[4],
      y: item.transform[5],
      width: item.width,
      size: Math.hypot(item.transform[2], item.transform[3]) || item.height,
    }));
    pages.push({ width: page.view[2] - page.view[0], items });
    page.cleanup();
  }
  const pageCount = document.numPages;
  await document.destroy();
  parentPort.postMessage({ ok: true, pages, pageCount });
})().catch((error) => {
  parentPort.postMessage({
    ok: false,
    name: String((error && error.name) || 'Error'),
    message: String((error && error.message) || error),
    code: error && typeof error.code === 'string' ? error.code : undefined,
  });
});
`;

function pdfjsLocation(): { moduleUrl: string; fontsPath: string } {
  const root = path.dirname(require.resolve('pdfjs-dist/package.json'));
  return {
    moduleUrl: pathToFileURL(path.join(root, 'legacy', 'build', 'pdf.mjs')).href,
    fontsPath: path.join(root, 'standard_fonts') + path.sep,
  };
}

/** The text of a PDF, line by line; throws PdfReadError when it is encrypted, broken or too slow. */
export async function extractPdf(bytes: Buffer, timeoutMs = 30_000): Promise<PdfText> {
  if (!(await pdfStreamsWithin(bytes, MAX_PDF_DECODED_BYTES))) {
    throw new PdfReadError('unpacks-too-large', `the streams unpack to more than ${MAX_PDF_DECODED_BYTES} bytes`);
  }
  const answer = await runWorker(new Uint8Array(bytes), timeoutMs);
  if (!answer.ok) {
    if (answer.code === 'ERR_WORKER_OUT_OF_MEMORY') throw new PdfReadError('too-much-memory', answer.message);
    if (answer.name === 'TooManyPages') throw new PdfReadError('too-many-pages', `${answer.message} pages`, Number(answer.message));
    // pdf.js missing from the installation is our fault, not the file's: no 400 for it.
    if (answer.code === 'ERR_MODULE_NOT_FOUND')
      throw new Error(`pdfjs-dist could not be loaded: ${answer.message}`);
    const encrypted =
      answer.name === 'PasswordException' ||
      (/encrypt|password/i.test(answer.message) && bytes.includes('/Encrypt'));
    // Anything else pdf.js trips over (including its own bugs on malformed files) is a bad file.
    throw new PdfReadError(
      encrypted ? 'encrypted' : 'corrupt',
      `${answer.name}: ${answer.message}`,
    );
  }
  return { text: linesFromItems(answer.pages), pageCount: answer.pageCount };
}

function runWorker(data: Uint8Array, timeoutMs: number): Promise<WorkerAnswer> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { ...pdfjsLocation(), data, maxPages: MAX_PDF_PAGES },
      resourceLimits: { maxOldGenerationSizeMb: EXTRACTION_MEMORY_MB },
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new PdfReadError('timeout', `reading the PDF took longer than ${timeoutMs} ms`));
    }, timeoutMs);
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      settle();
      void worker.terminate();
    };
    worker.once('message', (answer: WorkerAnswer) => finish(() => resolve(answer)));
    worker.once('error', (error: Error & { code?: string }) =>
      finish(() =>
        resolve({ ok: false, name: error.name, message: error.message, code: error.code }),
      ),
    );
    worker.once('exit', (code) =>
      finish(() =>
        resolve({
          ok: false,
          name: 'WorkerExit',
          message: `the PDF reader stopped (code ${code})`,
        }),
      ),
    );
  });
}
