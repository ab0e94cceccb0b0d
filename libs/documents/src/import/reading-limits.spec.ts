import { Document, ImageRun, Packer, Paragraph } from 'docx';
import { PDFDocument } from 'pdf-lib';
import { DocumentLimitError } from './errors';
import { extractText } from './extract-text';
import { MAX_PDF_PAGES, MAX_UNPACKED_ENTRY_BYTES } from './limits';
import { docxBomb } from './testing/hostile-documents';

const MB = 1024 * 1024;

/** A 1x1 PNG padded past the per-part limit: refused if it were ever unpacked. */
function bigPicture(): Buffer {
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGBgAAAABQABpfZFQAAAAABJRU5ErkJggg==', 'base64');
  return Buffer.concat([png, Buffer.alloc(MAX_UNPACKED_ENTRY_BYTES + MB)]);
}

describe('reading limits (extractText)', () => {
  it('refuses a Word document whose text unpacks past the per-part limit, naming it', async () => {
    const error = await extractText({ name: 'bomb.docx', bytes: await docxBomb([40 * MB]) }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DocumentLimitError);
    expect(error).toMatchObject({ status: 413, code: 'unpacks-too-large' });
  });

  it('reads a Word document with a picture without unpacking the picture', async () => {
    const document = new Document({
      sections: [{ children: [new Paragraph('Safeguarding Policy'), new Paragraph({ children: [new ImageRun({ type: 'png', data: bigPicture(), transformation: { width: 10, height: 10 } })] })] }],
    });
    const read = await extractText({ name: 'with-picture.docx', bytes: await Packer.toBuffer(document) });
    expect(read.text).toContain('Safeguarding Policy');
  });

  it(`refuses a PDF of more than ${MAX_PDF_PAGES} pages, saying how many it has`, async () => {
    const pdf = await PDFDocument.create();
    for (let i = 0; i <= MAX_PDF_PAGES; i++) pdf.addPage([100, 100]);
    const error = await extractText({ name: 'long.pdf', bytes: Buffer.from(await pdf.save()) }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 413, code: 'too-many-pages' });
    expect((error as Error).message).toContain(`has ${MAX_PDF_PAGES + 1} pages; we read policies of up to ${MAX_PDF_PAGES} pages`);
  });
});
