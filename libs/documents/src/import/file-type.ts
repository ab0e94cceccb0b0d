import { DocumentKind } from './types';

/** What the bytes of a file really are, whatever its name says. */
export type SniffedType =
  | 'pdf'
  | 'docx'
  | 'xlsx'
  | 'pptx'
  | 'opendocument'
  | 'zip'
  | 'ole'
  | 'ole-encrypted'
  | 'rtf'
  | 'image'
  | 'text';

/** The kind a file name asks for, or the name's extension when it is not one we import. */
export function kindFromName(name: string): { kind: DocumentKind | null; extension: string } {
  const match = /\.([a-z0-9]+)$/i.exec(name.trim());
  const extension = match ? match[1].toLowerCase() : '';
  const kind =
    extension === 'txt' || extension === 'docx' || extension === 'pdf' ? extension : null;
  return { kind, extension };
}

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export function sniffFileType(bytes: Buffer): SniffedType {
  // Some PDF writers put junk before the header; readers accept it within the first 1 KB.
  if (bytes.subarray(0, 1024).includes('%PDF-')) return 'pdf';
  if (bytes.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) return zipType(bytes);
  if (bytes.subarray(0, 8).equals(OLE_MAGIC)) {
    // A password-protected .docx is an OLE container holding an "EncryptionInfo" stream.
    return bytes.includes(Buffer.from('EncryptionInfo', 'utf16le')) ? 'ole-encrypted' : 'ole';
  }
  if (bytes.subarray(0, 5).toString('latin1') === '{\\rtf') return 'rtf';
  if (isImage(bytes)) return 'image';
  return 'text';
}

/** Office files are zips; their member names (stored uncompressed) tell them apart. */
function zipType(bytes: Buffer): SniffedType {
  const names = bytes.toString('latin1');
  if (names.includes('word/')) return 'docx';
  if (names.includes('xl/')) return 'xlsx';
  if (names.includes('ppt/')) return 'pptx';
  if (names.includes('mimetypeapplication/vnd.oasis.opendocument')) return 'opendocument';
  return 'zip';
}

function isImage(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 8);
  return (
    head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) ||
    head.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])) ||
    head.subarray(0, 4).toString('latin1') === 'GIF8'
  );
}

/** How to name a sniffed type to school staff, and the extension it should have. */
export function describeType(type: SniffedType): { what: string; rename?: string } {
  switch (type) {
    case 'pdf':
      return { what: 'a PDF', rename: '.pdf' };
    case 'docx':
      return { what: 'a Word document', rename: '.docx' };
    case 'xlsx':
      return { what: 'an Excel spreadsheet' };
    case 'pptx':
      return { what: 'a PowerPoint presentation' };
    case 'opendocument':
      return { what: 'an OpenDocument file' };
    case 'zip':
      return { what: 'a zip archive' };
    case 'ole':
    case 'ole-encrypted':
      return { what: 'an old-style Office file' };
    case 'rtf':
      return { what: 'a Rich Text (.rtf) file' };
    case 'image':
      return { what: 'a picture' };
    case 'text':
      return { what: 'a plain text file', rename: '.txt' };
  }
}
