import { decodeText } from '../import/decode-text';
import { kindFromName, sniffFileType } from '../import/file-type';
import { MAX_DOCUMENT_BYTES, megabytes } from '../import/limits';

/** The kinds of file a policy version may carry, each recognised by its bytes, not only its name. */
export type AttachableKind = 'docx' | 'pdf' | 'txt' | 'odt' | 'doc';

export const ATTACHABLE_MEDIA_TYPES: Readonly<Record<AttachableKind, string>> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  txt: 'text/plain',
  odt: 'application/vnd.oasis.opendocument.text',
  doc: 'application/msword',
};

/** The accepted extensions, as the form's hint and the refusals name them. */
export const ATTACHABLE_EXTENSIONS = '.docx, .pdf, .odt, .doc or .txt';

export interface AttachableDocument {
  kind: AttachableKind;
  mediaType: string;
}

/** Why an upload cannot be attached; `status` is the HTTP answer (413 too big, 415 any other kind). */
export class DocumentAttachmentRefusal extends Error {
  override readonly name = 'DocumentAttachmentRefusal';
  constructor(
    readonly code: 'too-large' | 'empty' | 'unsupported-type' | 'wrong-extension' | 'encrypted',
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Decides whether an uploaded file may be attached to a policy version, from its name and its
 * bytes together: a name alone is what an attacker chooses, and bytes alone do not tell a text
 * file from anything else. Nothing is read beyond the first bytes: the document is stored, not opened.
 */
export function checkAttachableDocument(name: string, bytes: Buffer): AttachableDocument {
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new DocumentAttachmentRefusal('too-large', 413, `“${name}” is ${megabytes(bytes.length)}; the largest document we keep is ${megabytes(MAX_DOCUMENT_BYTES)}. Remove large pictures, or save it as a PDF, and try again.`);
  }
  if (bytes.length === 0) throw new DocumentAttachmentRefusal('empty', 400, `“${name}” is empty. Choose the saved policy document and try again.`);
  const kind = kindOfName(name);
  if (kind === null) {
    throw new DocumentAttachmentRefusal('unsupported-type', 415, `We cannot keep “${name}”: attach the policy as a Word document or PDF (${ATTACHABLE_EXTENSIONS}).`);
  }
  if (!bytesAre(kind, bytes)) {
    const sniffed = sniffFileType(bytes);
    if (sniffed === 'ole-encrypted') {
      throw new DocumentAttachmentRefusal('encrypted', 415, `“${name}” is protected with a password, so governors could not open it. Remove the password and attach it again.`);
    }
    throw new DocumentAttachmentRefusal('wrong-extension', 415, `“${name}” is not the kind of file its name says (.${kind}). Save it again from the program that made it, as ${ATTACHABLE_EXTENSIONS}, and try again.`);
  }
  return { kind, mediaType: ATTACHABLE_MEDIA_TYPES[kind] };
}

function kindOfName(name: string): AttachableKind | null {
  const { kind, extension } = kindFromName(name);
  if (kind !== null) return kind;
  return extension === 'odt' || extension === 'doc' ? extension : null;
}

/** An OpenDocument text keeps its type, uncompressed, as the first member of its zip. */
const ODT_MIMETYPE = Buffer.from('mimetypeapplication/vnd.oasis.opendocument.text', 'latin1');
/** An old Word file is an OLE container with a "WordDocument" stream (named in UTF-16). */
const WORD_STREAM = Buffer.from('WordDocument', 'utf16le');

function bytesAre(kind: AttachableKind, bytes: Buffer): boolean {
  const sniffed = sniffFileType(bytes);
  switch (kind) {
    case 'docx':
    case 'pdf':
      return sniffed === kind;
    case 'txt':
      return sniffed === 'text' && decodeText(bytes) !== null;
    case 'odt': {
      const at = bytes.indexOf(ODT_MIMETYPE);
      // "...opendocument.text-template" is a template, not a document.
      return sniffed === 'opendocument' && at === 30 && bytes[at + ODT_MIMETYPE.length] !== 0x2d;
    }
    case 'doc':
      return sniffed === 'ole' && bytes.includes(WORD_STREAM);
  }
}
