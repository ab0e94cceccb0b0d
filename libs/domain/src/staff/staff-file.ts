import type { StaffImportProblem } from '@governance/contracts';
import { isBlankRecord, readCsv } from './csv';
import { recogniseStaffHeader } from './staff-header';
import { readStaffLines, StaffLine, staffEmailKey } from './staff-lines';

/** The most data rows one import reads: a large secondary has a few hundred staff. */
export const MAX_STAFF_ROWS = 5000;

export type StaffFileRefusal =
  | 'empty-file'
  | 'not-a-csv'
  | 'unreadable-csv'
  | 'missing-columns'
  | 'too-many-rows';

export type StaffFileReading =
  | { ok: false; code: StaffFileRefusal; message: string }
  | {
      ok: true;
      /** Data rows read: lines after the header that are not blank. */
      rows: number;
      clean: StaffLine[];
      problems: StaffImportProblem[];
      /** Every lower-cased email the file names, problem lines included. */
      emailsInFile: Set<string>;
    };

/** Reads an uploaded staff list: the text, the header, then each line. */
export function readStaffFile(bytes: Uint8Array): StaffFileReading {
  const text = decode(bytes);
  if (text.kind === 'refused') return { ok: false, code: 'not-a-csv', message: text.message };
  const csv = readCsv(text.text);
  if (!csv.ok) return { ok: false, code: 'unreadable-csv', message: `The file could not be read as CSV: on line ${csv.line}, ${csv.message}.` };
  const records = csv.records.filter((record) => !isBlankRecord(record));
  if (records.length === 0)
    return { ok: false, code: 'empty-file', message: 'The file is empty. Export the staff list from your MIS as CSV, with a first line naming the columns.' };
  const [header, ...data] = records;
  if (data.length > MAX_STAFF_ROWS)
    return {
      ok: false,
      code: 'too-many-rows',
      message: `The file has ${data.length} rows; one import takes at most ${MAX_STAFF_ROWS}. Export one school's staff at a time.`,
    };
  const columns = recogniseStaffHeader(header.cells);
  if (!columns.ok) return { ok: false, code: 'missing-columns', message: columns.message };
  const lines = readStaffLines(data, columns.columns);
  const emailsInFile = new Set(data.map((record) => staffEmailKey(record.cells[columns.columns.email] ?? '')).filter((key) => key !== ''));
  return { ok: true, rows: data.length, clean: lines.clean, problems: lines.problems, emailsInFile };
}

type Decoded = { kind: 'text'; text: string } | { kind: 'refused'; message: string };

function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b)
    return { kind: 'refused', message: 'This looks like an Excel workbook or another zipped file, not a CSV. Save the sheet as "CSV (comma delimited)" and import that.' };
  if (bytes.includes(0))
    return { kind: 'refused', message: 'This is not a CSV file: it holds binary data. Export the staff list from your MIS as CSV.' };
  try {
    return { kind: 'text', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Older MIS exports are Windows-1252 ("é" as one byte): read them as such.
    return { kind: 'text', text: new TextDecoder('windows-1252').decode(bytes) };
  }
}
