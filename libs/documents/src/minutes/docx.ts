import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { MinutesInputs } from '@governance/projections';
import { longDate } from './format';
import { Block, minutesOutline } from './outline';

/** A4 landscape with 2 cm margins: the trust board's tables need the width. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const TEXT_WIDTH = PAGE.height - 2 * PAGE.margin;
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;
const HEADER_FILL = 'D9E2F3';
const TABLE_TEXT_SIZE = 18; // half-points: 9 pt

/** The pack as a Word document (.docx): headings, tables and lists Word and LibreOffice both read. */
export async function renderMinutesDocx(inputs: MinutesInputs): Promise<Buffer> {
  const outline = minutesOutline(inputs);
  let lists = 0;
  const children = outline.blocks.flatMap((block): (Paragraph | Table)[] => {
    switch (block.kind) {
      case 'heading':
        return [new Paragraph({ heading: HEADINGS[block.level - 1], children: runs(block.text) })];
      case 'paragraph':
        return [paragraph(block)];
      case 'bullets':
        return block.items.map((item) => new Paragraph({ children: runs(item), numbering: { reference: 'bullets', level: 0 } }));
      case 'numbered': {
        lists += 1;
        // Each list of resolutions starts again at 1.
        const instance = lists;
        return block.items.map(
          (item) => new Paragraph({ children: runs(item), numbering: { reference: 'resolutions', level: 0, instance }, spacing: { after: 120 } }),
        );
      }
      case 'table':
        return [table(block.header, block.rows), new Paragraph({ children: [] })];
    }
  });
  const document = new Document({
    title: outline.title,
    subject: `${inputs.trust.name}, ${inputs.term.label}`,
    creator: 'Governance tracker',
    description: `Inputs for the minutes generated on ${inputs.generatedOn} from the governance log; statuses as of ${inputs.asOf}.`,
    styles: { default: { document: { run: { font: 'Arial', size: 20 } } } },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 260 } } } }],
        },
        {
          reference: 'resolutions',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 360 } } } }],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ text: xmlSafe(`${inputs.trust.name} · ${inputs.term.label} · generated ${longDate(inputs.generatedOn)} · page `), size: 16 }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 16 }),
                  new TextRun({ text: ' of ', size: 16 }),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

function paragraph(block: Extract<Block, { kind: 'paragraph' }>): Paragraph {
  const label = block.label ? [new TextRun({ text: xmlSafe(`${block.label}: `), bold: true })] : [];
  return new Paragraph({ children: [...label, ...runs(block.text)], spacing: { after: 80 } });
}

function table(header: readonly string[], rows: readonly string[][]): Table {
  const width = Math.floor(TEXT_WIDTH / header.length);
  const cell = (text: string, isHeader: boolean) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      shading: isHeader ? { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } : undefined,
      children: [new Paragraph({ children: runs(text, { bold: isHeader, size: TABLE_TEXT_SIZE }) })],
    });
  return new Table({
    width: { size: width * header.length, type: WidthType.DXA },
    columnWidths: header.map(() => width),
    rows: [
      new TableRow({ tableHeader: true, children: header.map((text) => cell(text, true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((text) => cell(text, false)) })),
    ],
  });
}

/** Text as runs, a line break for each line typed. */
function runs(text: string, style: { bold?: boolean; size?: number } = {}): TextRun[] {
  return xmlSafe(text)
    .split(/\r\n?|\n/)
    .map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : undefined, ...style }));
}

/** XML 1.0 cannot hold most control characters or lone surrogates: Word refuses a file with them. */
export function xmlSafe(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching the control characters is the point
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}
