import {
  Document,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

/**
 * A .docx made from text lines the way a school's Word file is laid out: consecutive lines
 * with tabs become a table (a row per line, a cell per tab-separated part), "- item" lines
 * become bulleted list paragraphs (leading spaces give the level), other lines paragraphs.
 */
export async function docxFromLines(lines: readonly string[]): Promise<Buffer> {
  const blocks: Array<Paragraph | Table> = [];
  for (let i = 0; i < lines.length;) {
    if (lines[i].includes('\t')) {
      const rows: string[][] = [];
      for (; i < lines.length && lines[i].includes('\t'); i++) rows.push(lines[i].split('\t'));
      blocks.push(table(rows));
      continue;
    }
    blocks.push(paragraph(lines[i]));
    i++;
  }
  const document = new Document({
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [0, 1, 2].map((level) => ({ level, format: LevelFormat.BULLET, text: '•' })),
        },
      ],
    },
    sections: [{ children: blocks }],
  });
  return Packer.toBuffer(document);
}

function paragraph(line: string): Paragraph {
  const bullet = /^(\s*)- (.*)$/.exec(line);
  if (bullet) {
    return new Paragraph({
      children: [new TextRun(bullet[2])],
      numbering: { reference: 'bullets', level: Math.min(bullet[1].length, 2) },
    });
  }
  return new Paragraph({ children: [new TextRun(line)] });
}

function table(rows: string[][]): Table {
  const width = Math.max(...rows.map((row) => row.length));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (cells) =>
        new TableRow({
          children: Array.from(
            { length: width },
            (_, n) => new TableCell({ children: [new Paragraph(cells[n] ?? '')] }),
          ),
        }),
    ),
  });
}
