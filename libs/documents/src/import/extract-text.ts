import { UnpackLimitError } from './bounded-unzip';
import { decodeText } from './decode-text';
import { DocumentTooLargeError, MAX_DOCUMENT_BYTES, reject } from './errors';
import { extractDocx } from './extract-docx';
import { PdfReadError, extractPdf } from './extract-pdf';
import { EXTRACTION_MEMORY_MB, MAX_PDF_DECODED_BYTES, MAX_PDF_PAGES } from './limits';
import { describeType, kindFromName, sniffFileType } from './file-type';
import { normalizeText } from './normalize-text';
import { ExtractedDocument, UploadedFile } from './types';

export interface ExtractOptions {
  /** Longest time a PDF may take to read (default 30 s). */
  pdfTimeoutMs?: number;
}

/**
 * The text of an uploaded .txt, .docx or .pdf, checked against what its bytes really are.
 * Throws DocumentTooLargeError (413) over 10 MB, DocumentLimitError (413) for a document over
 * one of the reading limits of limits.ts, and DocumentRejectedError (400) for an empty,
 * mislabelled, old-format, corrupt, password-protected or text-less file.
 */
export async function extractText(
  file: UploadedFile,
  options: ExtractOptions = {},
): Promise<ExtractedDocument> {
  const { name, bytes } = file;
  if (bytes.length > MAX_DOCUMENT_BYTES) throw new DocumentTooLargeError(name, bytes.length);
  const { kind, extension } = kindFromName(name);
  if (kind === null)
    throw extension === 'doc' ? reject.legacyWord(name) : reject.unsupportedType(name);
  if (bytes.length === 0) throw reject.empty(name);
  const actual = sniffFileType(bytes);

  switch (kind) {
    case 'txt': {
      if (actual !== 'text') throw mislabelled(name, actual);
      const decoded = decodeText(bytes);
      if (decoded === null) throw reject.corrupt(name, 'it does not contain readable text');
      const text = normalizeText(decoded.text);
      if (text.trim() === '') throw reject.empty(name);
      const warnings =
        decoded.encoding === 'windows-1252'
          ? ['the text file was not saved as UTF-8; it was read as Windows-1252 (Western European)']
          : [];
      return { fileName: name, kind, text, encoding: decoded.encoding, warnings };
    }
    case 'docx': {
      if (actual === 'ole-encrypted') throw reject.encrypted(name);
      if (actual === 'ole') throw reject.legacyWord(name);
      if (actual === 'zip')
        throw reject.corrupt(name, 'it is a zip file but not a complete Word document');
      if (actual !== 'docx') throw mislabelled(name, actual);
      let extracted: { text: string; messages: string[] };
      try {
        extracted = await extractDocx(bytes);
      } catch (error) {
        if (error instanceof UnpackLimitError) {
          throw error.scope === 'entry'
            ? reject.unpacksTooLarge(name, `text and layout in one part (${error.entryName})`, error.limit)
            : reject.unpacksTooLarge(name, 'text and layout', error.limit);
        }
        throw reject.corrupt(name, 'the Word document is damaged or incomplete');
      }
      const text = normalizeText(extracted.text);
      if (text.trim() === '') throw reject.noText(name);
      return { fileName: name, kind, text, warnings: [] };
    }
    case 'pdf': {
      if (actual !== 'pdf') throw mislabelled(name, actual);
      let extracted: { text: string; pageCount: number };
      try {
        extracted = await extractPdf(bytes, options.pdfTimeoutMs);
      } catch (error) {
        // Only the file's faults become a 400; a broken installation stays an error.
        if (!(error instanceof PdfReadError)) throw error;
        if (error.reason === 'encrypted') throw reject.encrypted(name);
        if (error.reason === 'unpacks-too-large') throw reject.unpacksTooLarge(name, 'compressed content', MAX_PDF_DECODED_BYTES);
        if (error.reason === 'too-many-pages') throw reject.tooManyPages(name, error.pages ?? 0, MAX_PDF_PAGES);
        if (error.reason === 'too-much-memory') throw reject.tooComplex(name, `reading it needed more than ${EXTRACTION_MEMORY_MB} MB of memory`);
        if (error.reason === 'timeout')
          throw reject.corrupt(name, 'the PDF is too complex to read');
        throw reject.corrupt(name, 'the PDF is damaged or incomplete');
      }
      const text = normalizeText(extracted.text);
      if (text.trim() === '') throw reject.noText(name);
      return { fileName: name, kind, text, pageCount: extracted.pageCount, warnings: [] };
    }
  }
}

function mislabelled(name: string, actual: ReturnType<typeof sniffFileType>) {
  if (actual === 'ole-encrypted') return reject.encrypted(name);
  const { what, rename } = describeType(actual);
  return reject.wrongExtension(name, what, rename);
}
