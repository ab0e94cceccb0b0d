import { PDFDocument } from 'pdf-lib';
import { DocumentRejectedError, DocumentTooLargeError, MAX_DOCUMENT_BYTES } from './errors';
import { extractText } from './extract-text';
import { docxFromLines } from './testing/make-docx';
import { encryptedPdf, pdfFromLines } from './testing/make-pdf';

const HEADER = [
  'Oakfield Primary Academy',
  'Anti-Bullying Policy',
  '',
  'Date of Last Review:\tSpring 2024',
  'Approved by:\tFGB',
  '',
  '- Equality Act 2010',
  ' - Section 149',
];

async function rejection(
  name: string,
  bytes: Buffer,
): Promise<{ code: string; status: number; message: string }> {
  try {
    await extractText({ name, bytes });
  } catch (error) {
    if (error instanceof DocumentRejectedError || error instanceof DocumentTooLargeError) {
      return { code: error.code, status: error.status, message: error.message };
    }
    throw error;
  }
  throw new Error(`${name} was not rejected`);
}

describe('extracting text', () => {
  it('reads a .txt file and reports its encoding', async () => {
    const document = await extractText({
      name: 'policy.TXT',
      bytes: Buffer.from(HEADER.join('\r\n'), 'utf16le'),
    });
    expect(document).toMatchObject({ kind: 'txt', encoding: 'utf-16le', warnings: [] });
    expect(document.text.split('\n')).toEqual(HEADER);
    const legacy = await extractText({
      name: 'policy.txt',
      bytes: Buffer.from([0x50, 0x6f, 0x6c, 0x69, 0x63, 0x79, 0x20, 0x96, 0x20, 0x41]),
    });
    expect(legacy).toMatchObject({ text: 'Policy – A', encoding: 'windows-1252' });
    expect(legacy.warnings[0]).toContain('Windows-1252');
  });

  it('reads a .docx: paragraphs as lines, table rows with tab-separated cells, list items as "- item"', async () => {
    const document = await extractText({ name: 'policy.docx', bytes: await docxFromLines(HEADER) });
    expect(document.kind).toBe('docx');
    expect(document.text.split('\n').filter((line) => line !== '')).toEqual([
      'Oakfield Primary Academy',
      'Anti-Bullying Policy',
      'Date of Last Review:\tSpring 2024',
      'Approved by:\tFGB',
      '- Equality Act 2010',
      ' - Section 149',
    ]);
  });

  it('reads a .pdf: lines rebuilt from the text items, table cells separated by tabs', async () => {
    const document = await extractText({ name: 'policy.pdf', bytes: await pdfFromLines(HEADER) });
    expect(document).toMatchObject({ kind: 'pdf', pageCount: 1 });
    expect(document.text.split('\n').filter((line) => line !== '')).toEqual([
      'Oakfield Primary Academy',
      'Anti-Bullying Policy',
      'Date of Last Review:\tSpring 2024',
      'Approved by:\tFGB',
      '- Equality Act 2010',
      '- Section 149',
    ]);
  });

  it('judges a file by its bytes, not only its name', async () => {
    const pdf = await pdfFromLines(HEADER);
    const docx = await docxFromLines(HEADER);
    await expect(rejection('policy.docx', pdf)).resolves.toMatchObject({
      code: 'wrong-extension',
      status: 400,
      message: expect.stringContaining('really a PDF'),
    });
    await expect(rejection('policy.pdf', docx)).resolves.toMatchObject({
      code: 'wrong-extension',
      message: expect.stringContaining('.docx'),
    });
    await expect(rejection('policy.txt', docx)).resolves.toMatchObject({ code: 'wrong-extension' });
    await expect(
      rejection('policy.pdf', Buffer.from('Anti-bullying policy')),
    ).resolves.toMatchObject({ code: 'wrong-extension' });
    await expect(
      rejection('policy.docx', Buffer.from('PK\x03\x04 xl/workbook.xml', 'latin1')),
    ).resolves.toMatchObject({
      code: 'wrong-extension',
      message: expect.stringContaining('Excel'),
    });
  });

  it('refuses files of other kinds, with the old Word format named', async () => {
    await expect(rejection('policy.odt', Buffer.from('x'))).resolves.toMatchObject({
      code: 'unsupported-type',
      status: 400,
    });
    await expect(rejection('policy', Buffer.from('x'))).resolves.toMatchObject({
      code: 'unsupported-type',
    });
    await expect(rejection('policy.doc', Buffer.from('x'))).resolves.toMatchObject({
      code: 'legacy-word',
      message: expect.stringContaining('Save As'),
    });
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
    ]);
    await expect(rejection('policy.docx', ole)).resolves.toMatchObject({ code: 'legacy-word' });
  });

  it('refuses empty files', async () => {
    await expect(rejection('policy.txt', Buffer.alloc(0))).resolves.toMatchObject({
      code: 'empty',
      status: 400,
    });
    await expect(rejection('policy.docx', Buffer.alloc(0))).resolves.toMatchObject({
      code: 'empty',
    });
    await expect(rejection('policy.txt', Buffer.from(' \r\n\t\n'))).resolves.toMatchObject({
      code: 'empty',
    });
  });

  it('refuses corrupt files', async () => {
    const docx = await docxFromLines(HEADER);
    await expect(
      rejection('policy.docx', docx.subarray(0, Math.floor(docx.length / 2))),
    ).resolves.toMatchObject({
      code: 'corrupt',
      message: expect.stringContaining('damaged'),
    });
    await expect(
      rejection('policy.docx', Buffer.from('PK\x03\x04 not really a zip', 'latin1')),
    ).resolves.toMatchObject({ code: 'corrupt' });
    await expect(
      rejection('policy.pdf', Buffer.from('%PDF-1.7\nthis is not a PDF body')),
    ).resolves.toMatchObject({ code: 'corrupt' });
    await expect(
      rejection('policy.txt', Buffer.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 0x41])),
    ).resolves.toMatchObject({ code: 'corrupt' });
  });

  it('stops reading a PDF that takes too long', async () => {
    const bytes = await pdfFromLines(HEADER);
    await expect(
      extractText({ name: 'slow.pdf', bytes }, { pdfTimeoutMs: 1 }),
    ).rejects.toMatchObject({
      code: 'corrupt',
      message: expect.stringContaining('too complex'),
    });
  });

  it('refuses password-protected files', async () => {
    await expect(rejection('policy.pdf', encryptedPdf())).resolves.toMatchObject({
      code: 'encrypted',
      status: 400,
      message: expect.stringContaining('password'),
    });
    // A password-protected .docx is an OLE container with an EncryptionInfo stream.
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(100),
      Buffer.from('EncryptionInfo', 'utf16le'),
    ]);
    await expect(rejection('policy.docx', ole)).resolves.toMatchObject({ code: 'encrypted' });
  });

  it('refuses documents without text, such as scans', async () => {
    const blank = await PDFDocument.create();
    blank.addPage();
    await expect(rejection('scan.pdf', Buffer.from(await blank.save()))).resolves.toMatchObject({
      code: 'no-text',
      message: expect.stringContaining('scan'),
    });
    await expect(rejection('blank.docx', await docxFromLines(['', '']))).resolves.toMatchObject({
      code: 'no-text',
    });
  });

  it('refuses more than 10 MB with its own error (413), before reading anything', async () => {
    const error = await rejection('policy.pdf', Buffer.alloc(MAX_DOCUMENT_BYTES + 1));
    expect(error).toMatchObject({
      code: 'too-large',
      status: 413,
      message: expect.stringContaining('10 MB'),
    });
    await expect(
      extractText({ name: 'policy.txt', bytes: Buffer.alloc(MAX_DOCUMENT_BYTES, 'a') }),
    ).resolves.toMatchObject({ kind: 'txt' });
  });
});
