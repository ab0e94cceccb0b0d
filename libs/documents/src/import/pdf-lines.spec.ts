import { PdfTextItem, linesFromItems } from './pdf-lines';

const A4 = 595;

const item = (str: string, x: number, y: number, size = 10): PdfTextItem => ({
  str,
  x,
  y,
  width: str.length * size * 0.5,
  size,
});

describe('rebuilding lines from PDF text items', () => {
  it('orders items by baseline and position, with tabs for column gaps', () => {
    const page = [
      item('Spring 2024', 250, 700),
      item('Date of Last Review:', 50, 700.4),
      item('Policy Name', 50, 714),
      item('Social Media Policy', 250, 714),
      item(' ', 150, 700),
    ];
    expect(linesFromItems([{ width: A4, items: page }])).toBe(
      'Policy Name\tSocial Media Policy\nDate of Last Review:\tSpring 2024',
    );
  });

  it('joins items split inside a line with a space or nothing, and keeps a bullet with its text', () => {
    const page = [
      item('Safe', 50, 700),
      item('guarding', 70, 700),
      item('policy', 113, 700),
      item('•', 50, 686),
      item('Equality Act 2010', 70, 686),
    ];
    expect(linesFromItems([{ width: A4, items: page }])).toBe(
      'Safeguarding policy\n• Equality Act 2010',
    );
  });

  it('leaves a blank line at a paragraph gap and joins lines the PDF wrapped', () => {
    const page = [
      item('Internet Policy', 50, 760),
      item('The practical application of this policy will be reviewed', 50, 720),
      item('annually by the coordinator.', 50, 706),
      item('Short line.', 50, 692),
      item('Next paragraph here.', 50, 678),
    ];
    expect(linesFromItems([{ width: 500, items: page }])).toBe(
      'Internet Policy\n\nThe practical application of this policy will be reviewed annually by the coordinator.\nShort line.\nNext paragraph here.',
    );
  });

  it('separates pages unless a paragraph runs on over the break', () => {
    const first = [item('A sentence that runs all the way to the margin of the page and', 50, 100)];
    const second = [item('continues here.', 50, 800), item('Next page paragraph.', 50, 760)];
    expect(
      linesFromItems([
        { width: A4, items: first },
        { width: A4, items: second },
      ]),
    ).toBe(
      'A sentence that runs all the way to the margin of the page and continues here.\n\nNext page paragraph.',
    );
    expect(
      linesFromItems([
        { width: A4, items: [item('Page one.', 50, 100)] },
        { width: A4, items: [item('Page two.', 50, 800)] },
      ]),
    ).toBe('Page one.\n\nPage two.');
  });
});
