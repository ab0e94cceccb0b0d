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
import { Block, minutesOutline, MinutesOutline } from './outline';

/** A4 landscape with 2 cm margins: the trust board's tables need the width. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const TEXT_WIDTH = PAGE.height - 2 * PAGE.margin;
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;
const HEADER_FILL = 'D9E2F3';
const TABLE_TEXT_SIZE = 18; // half-points: 9 pt

/** The pack as a Word document (.docx): headings, tables and lists Word and LibreOffice both read. */
export async function renderMinutesDocx(inputs: MinutesInputs): Promise<Buffer> {
  return renderOutlineDocx(minutesOutline(inputs), {
    subject: `${inputs.trust.name}, ${inputs.term.label}`,
    description: `Inputs for the minutes generated on ${inputs.generatedOn} from the governance log; statuses as of ${inputs.asOf}.`,
    footer: `${inputs.trust.name} · ${inputs.term.label} · generated ${longDate(inputs.generatedOn)} · page `,
  });
}

/** What a document says about itself: its properties and the footer's words before the page number. */
export interface DocumentMeta {
  subject: string;
  description: string;
  footer: string;
}

/** An outline as a Word document in the termly pack's style: A4 landscape, Arial, blue headings, shaded table headers. */
export async function renderOutlineDocx(outline: MinutesOutline, meta: DocumentMeta): Promise<Buffer> {
  let lists = 0;
  const children = outline.blocks.flatMap((block): (Paragraph | Table)[] => {
    switch (block.kind) {
      case 'heading':
        return [new Paragraph({ heading: HEADINGS[block.level - 1], pageBreakBefore: block.newPage, children: runs(block.text) })];
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
    subject: xmlSafe(meta.subject),
    creator: 'Governance tracker',
    description: xmlSafe(meta.description),
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 20 } },
        // Headings stay with what follows them, and each level is visibly smaller than the one above.
        heading1: heading(32, 0),
        heading2: heading(28, 360),
        heading3: heading(24, 240),
        heading4: { ...heading(21, 160), run: { size: 21, bold: true, italics: true, color: '1F3864', font: 'Arial' } },
      },
    },
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
                  new TextRun({ text: xmlSafe(meta.footer), size: 16 }),
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

function heading(size: number, before: number) {
  return {
    run: { size, bold: true, color: '1F3864', font: 'Arial' },
    paragraph: { keepNext: true, keepLines: true, spacing: { before, after: 120 } },
  };
}

function table(header: readonly string[], rows: readonly string[][]): Table {
  const widths = columnWidths(header, rows);
  const cell = (text: string, column: number, isHeader: boolean) =>
    new TableCell({
      width: { size: widths[column], type: WidthType.DXA },
      shading: isHeader ? { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } : undefined,
      children: [new Paragraph({ children: runs(text, { bold: isHeader, size: TABLE_TEXT_SIZE }) })],
    });
  return new Table({
    width: { size: widths.reduce((sum, w) => sum + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((text, i) => cell(text, i, true)) }),
      // Short rows stay on one page; a long one (a visit's findings) may break across pages.
      ...rows.map((row) => new TableRow({ cantSplit: row.join('').length < 400, children: row.map((text, i) => cell(text, i, false)) })),
    ],
  });
}

/** About one character of 9 pt Arial (bold), in twentieths of a point. */
const CHAR_WIDTH = 100;

/**
 * Column widths from what the columns hold: each gets at least its longest word (so "TB/27/02"
 * never breaks), and the rest of the page goes to the columns whose lines are longer (a
 * summary gets room, a count does not).
 */
export function columnWidths(header: readonly string[], rows: readonly string[][]): number[] {
  const texts = header.map((title, column) => [title, ...rows.map((row) => row[column] ?? '')]);
  const longest = (parts: string[]) => Math.max(0, ...parts.map((part) => part.length));
  const least = texts.map((column) => Math.min(25, longest(column.flatMap((text) => text.split(/\s+/))) + 2) * CHAR_WIDTH);
  const wanted = texts.map((column, i) => Math.max(least[i], (Math.min(80, longest(column.flatMap((text) => text.split('\n')))) + 2) * CHAR_WIDTH));
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  if (sum(wanted) <= TEXT_WIDTH) return wanted.map((w) => Math.floor((w * TEXT_WIDTH) / sum(wanted)));
  const spare = TEXT_WIDTH - sum(least);
  if (spare <= 0) return least.map((w) => Math.floor((w * TEXT_WIDTH) / sum(least)));
  const extra = wanted.map((w, i) => w - least[i]);
  return least.map((w, i) => Math.floor(w + (spare * extra[i]) / sum(extra)));
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
