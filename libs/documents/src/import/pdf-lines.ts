/** A piece of text pdf.js found on a page: its string, baseline origin, width and font size. */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** A page's width (in PDF units) and the text items on it. */
export interface PdfPage {
  width: number;
  items: PdfTextItem[];
}

interface Row {
  items: PdfTextItem[];
  y: number;
  left: number;
  right: number;
  size: number;
  text: string;
  /** Starts a new paragraph (a tall gap above it). */
  gapAbove: boolean;
  pageStart?: boolean;
  pageWidth: number;
}

const LONE_BULLET = /^[•▪·●◦■\-–*o]$/;
const STARTS_LIST = /^\s*(?:[•▪·●◦■\-–*]|\d{1,2}[.)]|\(?[a-z]\)|\(?[ivx]{1,4}\))\s/i;

/**
 * Rebuilds the lines of PDF pages from pdf.js text items: items on the same baseline form a
 * line, left to right; a wide gap between items becomes a tab (table columns, "Label:  Value"),
 * a small one a space; a tall gap between lines becomes a blank line (a new paragraph). Lines
 * the PDF wrapped are joined again, so a paragraph is one line as in a .docx or .txt file.
 */
export function linesFromItems(pages: readonly PdfPage[]): string {
  // A paragraph may run on over a page break, so the pages are reflowed as one sequence.
  const rows = pages.flatMap(({ width, items }, page) =>
    rowsOf(items, width).map((row, n) => ({ ...row, pageStart: page > 0 && n === 0 })),
  );
  return reflow(rows, rightMargin(rows)).join('\n');
}

/** Where body text ends on the right: a high percentile of line ends (so one overflowing line does not count), the furthest end on a short page. */
function rightMargin(rows: readonly Row[]): number {
  const ends = rows
    .filter((row) => !row.text.includes('\t'))
    .map((row) => row.right)
    .sort((a, b) => a - b);
  if (ends.length < 20) return ends[ends.length - 1] ?? 0;
  return ends[Math.floor((ends.length - 1) * 0.95)];
}

function rowsOf(items: readonly PdfTextItem[], pageWidth: number): Row[] {
  const visible = items
    .filter((item) => item.str.trim() !== '')
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfTextItem[][] = [];
  for (const item of visible) {
    const group = groups[groups.length - 1];
    if (group && Math.abs(group[0].y - item.y) <= Math.max(2, 0.4 * (item.size || 10)))
      group.push(item);
    else groups.push([item]);
  }
  return groups.map((group, n) => {
    const sorted = group.sort((a, b) => a.x - b.x);
    const size = Math.max(...sorted.map((item) => item.size || 10));
    const above = groups[n - 1];
    return {
      items: sorted,
      y: sorted[0].y,
      left: sorted[0].x,
      right: Math.max(...sorted.map((item) => item.x + item.width)),
      size,
      text: joinRow(sorted),
      gapAbove:
        above !== undefined &&
        above[0].y - sorted[0].y > 1.9 * Math.max(size, ...above.map((item) => item.size || 10)),
      pageWidth,
    };
  });
}

/**
 * Joins a row to the next when the writer wrapped it: the next row's first word would not
 * have fitted before the right margin. Rows that are table rows or list items stay apart.
 */
function reflow(rows: Row[], right: number): string[] {
  const lines: string[] = [];
  rows.forEach((row, n) => {
    if (row.gapAbove && !row.pageStart) lines.push('');
    const previous = rows[n - 1];
    const wrapped =
      previous !== undefined &&
      // Only body text that runs across most of the page wraps; headings and cells do not.
      previous.right >= 0.6 * previous.pageWidth &&
      (!row.gapAbove || row.pageStart === true) &&
      !previous.text.includes('\t') &&
      !row.text.includes('\t') &&
      !STARTS_LIST.test(row.text) &&
      // A line that ends a sentence before a capital needs no joining, and may end a paragraph.
      !(/[.!?:;]$/.test(previous.text) && /^[A-Z]/.test(row.text)) &&
      previous.right + firstWordWidth(row) + 0.25 * row.size > right;
    if (wrapped) {
      lines[lines.length - 1] += ` ${row.text}`;
      return;
    }
    if (row.pageStart) lines.push('');
    lines.push(row.text);
  });
  return lines;
}

function firstWordWidth(row: Row): number {
  const first = row.items[0];
  const word = first.str.trimStart().split(/\s/)[0];
  return first.str.length > 0 ? (first.width * word.length) / first.str.length : 0;
}

function joinRow(row: PdfTextItem[]): string {
  let text = '';
  row.forEach((item, n) => {
    if (n > 0) {
      const previous = row[n - 1];
      const gap = item.x - (previous.x + previous.width);
      const size = Math.max(previous.size, item.size) || 10;
      if (gap > 1.5 * size && !LONE_BULLET.test(previous.str.trim())) text = text.trimEnd() + '\t';
      else if (gap > 0.15 * size && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
    }
    text += item.str;
  });
  return text.replace(/ {2,}/g, ' ').trim();
}
