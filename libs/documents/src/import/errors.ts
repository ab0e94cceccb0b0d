import { MAX_DOCUMENT_BYTES, megabytes } from './limits';

/** Why a file was refused; each maps to a message a school's office staff can act on. */
export type DocumentRejectionCode =
  | 'empty'
  | 'unsupported-type'
  | 'wrong-extension'
  | 'legacy-word'
  | 'corrupt'
  | 'encrypted'
  | 'no-text'
  | 'not-a-policy';

export { MAX_DOCUMENT_BYTES };

/** The reading limits a document can cross (see limits.ts). */
export type DocumentLimitCode = 'too-large' | 'unpacks-too-large' | 'too-many-pages' | 'too-complex';

/** Base of every refusal; `status` is the HTTP status the API layer should answer. */
export abstract class DocumentError extends Error {
  abstract readonly code: DocumentRejectionCode | DocumentLimitCode;
  abstract readonly status: 400 | 413;

  protected constructor(
    readonly fileName: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A file that cannot be imported as it is (HTTP 400). */
export class DocumentRejectedError extends DocumentError {
  readonly status = 400 as const;

  constructor(
    readonly code: DocumentRejectionCode,
    fileName: string,
    message: string,
  ) {
    super(fileName, message);
  }
}

/** A file over MAX_DOCUMENT_BYTES (HTTP 413). */
export class DocumentTooLargeError extends DocumentError {
  readonly code = 'too-large' as const;
  readonly status = 413 as const;

  constructor(
    fileName: string,
    readonly size: number,
    readonly limit: number = MAX_DOCUMENT_BYTES,
  ) {
    super(
      fileName,
      `“${fileName}” is ${megabytes(size)}; the largest file we can import is ${megabytes(limit)}. ` +
        'Remove large pictures from the document, or save it again as a .docx or .pdf, and try again.',
    );
  }
}

/** A document over one of the reading limits of limits.ts (HTTP 413); the message names it. */
export class DocumentLimitError extends DocumentError {
  readonly status = 413 as const;

  constructor(
    readonly code: DocumentLimitCode,
    fileName: string,
    message: string,
  ) {
    super(fileName, message);
  }
}

export function isDocumentError(error: unknown): error is DocumentError {
  return error instanceof DocumentError;
}

/** The refusals with their staff-facing wording, so every caller words them the same way. */
export const reject = {
  empty: (name: string) =>
    new DocumentRejectedError(
      'empty',
      name,
      `“${name}” is empty. Please choose the saved policy document and try again.`,
    ),
  unsupportedType: (name: string) =>
    new DocumentRejectedError(
      'unsupported-type',
      name,
      `We cannot import “${name}”. Please upload the policy as a Word document (.docx), a PDF (.pdf) or a text file (.txt).`,
    ),
  wrongExtension: (name: string, actually: string, rename?: string) =>
    new DocumentRejectedError(
      'wrong-extension',
      name,
      `“${name}” is named like a different kind of file: it is really ${actually}. ` +
        (rename
          ? `Rename it to end in ${rename}, or save it again from the program that made it, and try again.`
          : 'Please upload the policy as a Word document (.docx), a PDF (.pdf) or a text file (.txt).'),
    ),
  legacyWord: (name: string) =>
    new DocumentRejectedError(
      'legacy-word',
      name,
      `“${name}” is an old-style Word document (.doc). Open it in Word, choose File > Save As > Word Document (.docx), and upload the new file.`,
    ),
  corrupt: (name: string, what: string) =>
    new DocumentRejectedError(
      'corrupt',
      name,
      `We could not open “${name}”: ${what}. Save it again from the program that made it (or download it again) and try once more.`,
    ),
  encrypted: (name: string) =>
    new DocumentRejectedError(
      'encrypted',
      name,
      `“${name}” is protected with a password, so we cannot read it. Remove the password (in Word: File > Info > Protect Document; in a PDF reader: Properties > Security) and upload it again.`,
    ),
  noText: (name: string) =>
    new DocumentRejectedError(
      'no-text',
      name,
      `“${name}” has no text we can read. If it is a scan of a paper copy, please upload the original Word document or a PDF saved from Word.`,
    ),
  unpacksTooLarge: (name: string, what: string, limit: number) =>
    new DocumentLimitError(
      'unpacks-too-large',
      name,
      `“${name}” unpacks to more than ${megabytes(limit)} of ${what}, the most we read from one document. ` +
        'Save it again from Word (without embedded files), or split it, and try again.',
    ),
  tooManyPages: (name: string, pages: number, limit: number) =>
    new DocumentLimitError(
      'too-many-pages',
      name,
      `“${name}” has ${pages} pages; we read policies of up to ${limit} pages. Upload the policy on its own, without appendices.`,
    ),
  tooComplex: (name: string, why: string) =>
    new DocumentLimitError(
      'too-complex',
      name,
      `“${name}” is too complex to read: ${why}. Save it again as a plain .docx or .pdf from Word, and try again.`,
    ),
  notAPolicy: (name: string) =>
    new DocumentRejectedError(
      'not-a-policy',
      name,
      `“${name}” does not look like a school policy: we found no policy title, review or approval details in it. Please check you chose the right file.`,
    ),
};
