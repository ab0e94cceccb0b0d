export { detectPolicy } from './detect-policy';
export { extractText } from './extract-text';
export type { ExtractOptions } from './extract-text';
export { readPolicyDocument } from './read-policy-document';
export { looksLikePolicy } from './policy-check';
export {
  DocumentError,
  DocumentRejectedError,
  DocumentTooLargeError,
  MAX_DOCUMENT_BYTES,
  isDocumentError,
} from './errors';
export type { DocumentRejectionCode } from './errors';
export { ROLES } from './roles';
export type * from './types';
