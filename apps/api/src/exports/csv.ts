export type CsvValue = string | number | boolean | null | undefined;

/** Cells a spreadsheet would run as a formula (or treat as one): defused with a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A CSV document (RFC 4180): a header row, CRLF line ends, fields quoted when they hold a
 * quote, comma or line break (quotes doubled). Text that starts like a formula (= + - @, tab,
 * CR) is prefixed with ' (OWASP's advice on CSV injection); numbers are written as they are and
 * booleans as Yes or No, the words a clerk reads. Starts with a UTF-8 byte order mark so Excel
 * reads the accents of names correctly.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const line = (cells: readonly CsvValue[]) => cells.map(field).join(',');
  return `\uFEFF${[line(header), ...rows.map(line)].join('\r\n')}\r\n`;
}

export function field(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? defuse(value) : typeof value === 'boolean' ? (value ? 'Yes' : 'No') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function defuse(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8; header=present';
