export { detectPolicy } from './detect-policy';
export { extractText } from './extract-text';
export type { ExtractOptions } from './extract-text';
export { readPolicyDocument } from './read-policy-document';
export { readPolicyDocumentInWorker } from './read-in-worker';
export { ExtractionBusyError } from './extraction-slots';
export * from './limits';
export { looksLikePolicy } from './policy-check';
export {
  DocumentError,
  DocumentLimitError,
  DocumentRejectedError,
  DocumentTooLargeError,
  isDocumentError,
} from './errors';
export type { DocumentLimitCode, DocumentRejectionCode } from './errors';
export { ROLES } from './roles';
export type * from './types';
