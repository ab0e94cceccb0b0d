/**
 * What one uploaded document may cost to read. Real policy documents unpack to well under
 * 5 MB and 100 pages; these leave room for long, picture-heavy ones while stopping a small
 * file that unpacks to gigabytes (a "zip bomb") long before it costs the server its memory.
 */
const MB = 1024 * 1024;

/** The largest file accepted for upload, as sent. */
export const MAX_DOCUMENT_BYTES = 10 * MB;
/** The most one part of a Word document (its text, styles, ...) may unpack to. */
export const MAX_UNPACKED_ENTRY_BYTES = 10 * MB;
/** The most all the parts of a Word document read for its text may unpack to together. */
export const MAX_UNPACKED_TOTAL_BYTES = 20 * MB;
/** The most all the compressed streams of a PDF may unpack to together. */
export const MAX_PDF_DECODED_BYTES = 50 * MB;
/** The most pages of a PDF that are read. */
export const MAX_PDF_PAGES = 300;
/** The longest one document may take to read before it is stopped. */
export const MAX_EXTRACTION_SECONDS = 30;
/** The JavaScript memory a document's reader may use before it is stopped. */
export const EXTRACTION_MEMORY_MB = 256;
/** Documents read at the same time; more wait their turn. */
export const MAX_CONCURRENT_EXTRACTIONS = 2;
/** Documents that may wait for a turn; beyond this an upload is answered "busy, retry". */
export const MAX_WAITING_EXTRACTIONS = 8;
/** The Retry-After, in seconds, of a "busy" answer. */
export const BUSY_RETRY_AFTER_SECONDS = 10;

/** "10 MB", "1.5 MB": a byte count as staff read it. */
export function megabytes(bytes: number): string {
  return `${(bytes / MB).toFixed(1).replace(/\.0$/, '')} MB`;
}
