import { InvalidValueError } from '../shared/domain-error';
import { PolicyDocument } from './events';

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * The attached document's record as the log keeps it. The API has checked the bytes and stored
 * them; this refuses a record that could not name a stored file (a hash that is not one), so
 * nothing in the log can point outside the document store.
 */
export function attachedDocument(document: PolicyDocument | null | undefined): PolicyDocument | null {
  if (document === undefined || document === null) return null;
  if (!SHA256.test(document.sha256)) throw new InvalidValueError('document', 'document must name its bytes by their SHA-256.');
  const fileName = document.fileName.trim();
  if (fileName === '' || fileName.length > 255) throw new InvalidValueError('document', 'The document’s file name must be 1 to 255 characters long.');
  if (!Number.isInteger(document.bytes) || document.bytes <= 0) throw new InvalidValueError('document', 'The document must not be empty.');
  return { sha256: document.sha256, fileName, mediaType: document.mediaType, bytes: document.bytes };
}
