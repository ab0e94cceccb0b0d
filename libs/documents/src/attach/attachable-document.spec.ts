import { storedZip } from '../import/stored-zip';
import { docxFromLines } from '../import/testing/make-docx';
import { encryptedPdf, pdfFromLines } from '../import/testing/make-pdf';
import { MAX_DOCUMENT_BYTES } from '../import/limits';
import { checkAttachableDocument, DocumentAttachmentRefusal } from './attachable-document';

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const odt = (type = 'application/vnd.oasis.opendocument.text') =>
  storedZip(new Map([['mimetype', Buffer.from(type)], ['content.xml', Buffer.from('<office:document-content/>')]]));

function refusal(name: string, bytes: Buffer): DocumentAttachmentRefusal {
  try {
    checkAttachableDocument(name, bytes);
  } catch (error) {
    if (error instanceof DocumentAttachmentRefusal) return error;
    throw error;
  }
  throw new Error(`${name} was accepted`);
}

describe('which uploads may be attached to a policy version', () => {
  it('accepts Word, PDF, plain text, OpenDocument text and old Word files whose bytes match their names', async () => {
    expect(checkAttachableDocument('Safeguarding.docx', await docxFromLines(['Safeguarding Policy'])).mediaType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(checkAttachableDocument('policy.PDF', await pdfFromLines(['Behaviour Policy'])).mediaType).toBe('application/pdf');
    expect(checkAttachableDocument('notes.txt', Buffer.from('Équipe — policy text\n')).kind).toBe('txt');
    expect(checkAttachableDocument('policy.odt', odt()).kind).toBe('odt');
    const oldWord = Buffer.concat([OLE_MAGIC, Buffer.alloc(100), Buffer.from('WordDocument', 'utf16le')]);
    expect(checkAttachableDocument('policy.doc', oldWord).mediaType).toBe('application/msword');
  });

  it('refuses other kinds with a 415 in plain words: a picture, a web page, a spreadsheet named .doc, a zip named .odt', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    expect(refusal('photo.png', png)).toMatchObject({ status: 415, code: 'unsupported-type' });
    expect(refusal('page.html', Buffer.from('<script>alert(1)</script>'))).toMatchObject({ status: 415 });
    expect(refusal('photo.png', png).message).toMatch(/attach the policy as a Word document or PDF \(\.docx, \.pdf, \.odt, \.doc or \.txt\)/);
    expect(refusal('sheet.doc', Buffer.concat([OLE_MAGIC, Buffer.from('Workbook', 'utf16le')]))).toMatchObject({ status: 415, code: 'wrong-extension' });
    expect(refusal('template.odt', odt('application/vnd.oasis.opendocument.text-template'))).toMatchObject({ status: 415 });
    expect(refusal('slides.odt', odt('application/vnd.oasis.opendocument.presentation'))).toMatchObject({ status: 415 });
  });

  it('refuses a file named like a document that is something else, and a password-protected PDF named .txt', async () => {
    expect(refusal('policy.pdf', await docxFromLines(['x']))).toMatchObject({ status: 415, code: 'wrong-extension' });
    expect(refusal('policy.docx', Buffer.from('%PDF-1.7 fake'))).toMatchObject({ status: 415, code: 'wrong-extension' });
    expect(refusal('policy.txt', Buffer.from([0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 3]))).toMatchObject({ status: 415 });
    expect(refusal('secret.txt', encryptedPdf())).toMatchObject({ status: 415 });
  });

  it('refuses an empty file (400) and one over the importer’s 10 MB limit (413)', () => {
    expect(refusal('empty.pdf', Buffer.alloc(0))).toMatchObject({ status: 400, code: 'empty' });
    const big = refusal('big.txt', Buffer.alloc(MAX_DOCUMENT_BYTES + 1, 'a'));
    expect(big).toMatchObject({ status: 413, code: 'too-large' });
    expect(big.message).toMatch(/the largest document we keep is 10 MB/);
  });
});
