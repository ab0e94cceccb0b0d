import { detectPolicy } from './detect-policy';
import { DocumentRejectedError } from './errors';
import { readPolicyDocument } from './read-policy-document';
import { docxFromLines } from './testing/make-docx';
import { pdfFromLines } from './testing/make-pdf';
import * as policies from './testing/policies';

const { LUNCH_MENU, ...documents } = policies;
// pdf-lib's standard fonts cannot draw tick boxes, so the PDF round trip leaves that one out.
const { OAKFIELD_SAFEGUARDING: _withTickBoxes, ...printable } = documents;

describe('readPolicyDocument', () => {
  it.each(Object.entries(documents))(
    'detects the same from %s as text and as .docx',
    async (name, text) => {
      const fromText = await readPolicyDocument({ name: `${name}.txt`, bytes: Buffer.from(text) });
      const fromDocx = await readPolicyDocument({
        name: `${name}.docx`,
        bytes: await docxFromLines(text.split('\n')),
      });
      expect(fromText.detected).toEqual(detectPolicy(text).detected);
      expect(fromDocx.detected).toEqual(fromText.detected);
      expect(fromDocx.document.kind).toBe('docx');
      // Sources cite lines of the extracted text the caller receives.
      const lines = fromDocx.document.text.split('\n');
      for (const source of [
        fromDocx.sources.title,
        fromDocx.sources.nextReviewDue,
        ...fromDocx.sources.legislation,
      ]) {
        if (source) expect(lines[source.line - 1]).toBe(source.text);
      }
    },
  );

  it.each(Object.entries(printable))('detects the same from %s as a PDF', async (name, text) => {
    const fromPdf = await readPolicyDocument({
      name: `${name}.pdf`,
      bytes: await pdfFromLines(text.split('\n')),
    });
    expect(fromPdf.detected).toEqual(detectPolicy(text).detected);
  });

  it('refuses a document that is not a policy', async () => {
    for (const file of [
      { name: 'menu.txt', bytes: Buffer.from(LUNCH_MENU) },
      { name: 'menu.docx', bytes: await docxFromLines(LUNCH_MENU.split('\n')) },
    ]) {
      const error = await readPolicyDocument(file).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(DocumentRejectedError);
      expect(error).toMatchObject({ code: 'not-a-policy', status: 400, fileName: file.name });
    }
  });

  it('puts the extraction’s warnings before the detection’s', async () => {
    const bytes = Buffer.from(
      'Charging Policy\nReview date: Spring 2025 \x96 approved by the FGB',
      'latin1',
    );
    const reading = await readPolicyDocument({ name: 'charging.txt', bytes });
    expect(reading.warnings[0]).toContain('Windows-1252');
    expect(reading.detected).toMatchObject({
      nextReviewDue: '2025-spring',
      approvedBy: 'local-governing-body',
    });
  });
});
