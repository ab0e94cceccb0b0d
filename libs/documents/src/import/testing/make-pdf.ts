import { PDFDocument, PDFFont, StandardFonts } from 'pdf-lib';

const PAGE = { width: 595, height: 842, margin: 50 };
const SIZE = 10;
const LEADING = 14;
const COLUMN = 160;

/**
 * A PDF made from text lines as a word processor would print them: long lines wrap, a blank
 * line leaves a paragraph gap, tab-separated parts are set in columns (a header table).
 * Characters the standard fonts lack are replaced, as pdf-lib cannot draw them.
 */
export async function pdfFromLines(lines: readonly string[]): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  let page = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  const advance = (by: number) => {
    y -= by;
    if (y < PAGE.margin) {
      page = pdf.addPage([PAGE.width, PAGE.height]);
      y = PAGE.height - PAGE.margin;
    }
  };
  for (const raw of lines) {
    const line = winAnsi(raw);
    if (line.trim() === '') {
      advance(LEADING);
      continue;
    }
    if (line.includes('\t')) {
      line
        .split('\t')
        .forEach((cell, n) =>
          page.drawText(cell, { x: PAGE.margin + n * COLUMN, y, size: SIZE, font }),
        );
      advance(LEADING);
      continue;
    }
    for (const part of wrap(line, font, PAGE.width - 2 * PAGE.margin)) {
      page.drawText(part, { x: PAGE.margin, y, size: SIZE, font });
      advance(LEADING);
    }
  }
  return Buffer.from(await pdf.save());
}

function wrap(line: string, font: PDFFont, width: number): string[] {
  const parts: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    const next = current === '' ? word : `${current} ${word}`;
    if (font.widthOfTextAtSize(next, SIZE) > width && current !== '') {
      parts.push(current);
      current = word;
    } else {
      current = next;
    }
  }
  parts.push(current);
  return parts;
}

function winAnsi(text: string): string {
  return text
    .replace(/[▪●◦■]/g, '•')
    .replace(/[✓✔☒]/g, 'x')
    .replace(/[☐]/g, '')
    .replace(/[^\x20-\x7e\t\u00a0-\u00ff•–—‘’“”…€]/g, '?');
}

/**
 * A minimal PDF whose trailer names a standard security handler (/Encrypt) with a user
 * password, written by hand because pdf-lib cannot encrypt. Readers must ask for a password.
 */
export function encryptedPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>',
    '<< /Length 0 >>\nstream\n\nendstream',
    `<< /Filter /Standard /V 1 /R 2 /O <${'a5'.repeat(32)}> /U <${'5a'.repeat(32)}> /P -3904 >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, n) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${n + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 5 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>] >>\n`;
  body += `startxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
