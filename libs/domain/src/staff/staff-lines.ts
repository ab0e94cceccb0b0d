import type { StaffImportProblem } from '@governance/contracts';
import { CsvRecord } from './csv';
import { StaffColumns } from './staff-header';

/** One clean line of a staff list. */
export interface StaffLine {
  line: number;
  name: string;
  email: string;
  /** The job title, or null when the file has no such column or the cell is empty. */
  role: string | null;
}

export interface StaffLinesReading {
  /** Lines with no problem, in file order. */
  clean: StaffLine[];
  problems: StaffImportProblem[];
}

type Column = StaffImportProblem['column'];

const MAX_NAME = 200;
const MAX_ROLE = 200;
const MAX_EMAIL = 254;
// Deliberately plain: one @, no spaces, a dot in the domain. The mail server has the last word.
const EMAIL = /^[^\s@",;<>()]+@[^\s@",;<>()]+\.[^\s@",;<>().]+$/;
// A spreadsheet opening an export would run a cell starting with these as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;
const LABEL = { name: 'name', email: 'email address', role: 'job title' } as const;

/** The lower-cased address: the same person whatever capitals the MIS used. */
export function staffEmailKey(email: string): string {
  return email.trim().toLowerCase();
}

export function readStaffLines(records: readonly CsvRecord[], columns: StaffColumns): StaffLinesReading {
  const problems: StaffImportProblem[] = [];
  const candidates: StaffLine[] = [];
  for (const record of records) {
    const lineProblems = problemsOf(record, columns);
    if (lineProblems.length > 0) problems.push(...lineProblems);
    else candidates.push(lineOf(record, columns));
  }
  const linesByEmail = new Map<string, number[]>();
  for (const line of candidates) {
    const key = staffEmailKey(line.email);
    linesByEmail.set(key, [...(linesByEmail.get(key) ?? []), line.line]);
  }
  const clean: StaffLine[] = [];
  for (const line of candidates) {
    const others = (linesByEmail.get(staffEmailKey(line.email)) ?? []).filter((n) => n !== line.line);
    if (others.length === 0) clean.push(line);
    else
      problems.push({
        line: line.line,
        column: 'email',
        message: `${line.email} is also on line ${others.join(' and ')}: each person must appear once. Remove the duplicate or correct the address.`,
      });
  }
  problems.sort((a, b) => a.line - b.line);
  return { clean, problems };
}

function cell(record: CsvRecord, index: number | null): string {
  return index === null ? '' : (record.cells[index] ?? '');
}

function nameCells(record: CsvRecord, columns: StaffColumns): string[] {
  return 'full' in columns.name
    ? [cell(record, columns.name.full)]
    : [cell(record, columns.name.forename), cell(record, columns.name.surname)];
}

function lineOf(record: CsvRecord, columns: StaffColumns): StaffLine {
  const role = cell(record, columns.role).replace(/\s+/g, ' ').trim();
  return {
    line: record.line,
    name: nameCells(record, columns).join(' ').replace(/\s+/g, ' ').trim(),
    email: cell(record, columns.email).trim(),
    role: role === '' ? null : role,
  };
}

function problemsOf(record: CsvRecord, columns: StaffColumns): StaffImportProblem[] {
  const problem = (column: Column, message: string): StaffImportProblem => ({ line: record.line, column, message });
  const read: [Column, string][] = [
    ...nameCells(record, columns).map((value): [Column, string] => ['name', value]),
    ['email', cell(record, columns.email)],
    ['role', cell(record, columns.role)],
  ];
  const formula = read.find(([, value]) => FORMULA_START.test(value));
  if (formula) {
    return [
      problem(
        formula[0],
        `The ${LABEL[formula[0] ?? 'name']} starts with ${visible(formula[1][0])}, which a spreadsheet would run as a formula. The line was refused: remove that character and import again.`,
      ),
    ];
  }
  const found: StaffImportProblem[] = [];
  const { name, email, role } = lineOf(record, columns);
  if (name === '') found.push(problem('name', 'The name is missing.'));
  else if (name.length > MAX_NAME) found.push(problem('name', `The name is longer than ${MAX_NAME} characters.`));
  if (email === '') found.push(problem('email', 'The email address is missing.'));
  else if (email.length > MAX_EMAIL || !EMAIL.test(email))
    found.push(problem('email', `"${email.slice(0, 80)}" is not an email address (expected something like name@school.org.uk).`));
  if (role !== null && role.length > MAX_ROLE) found.push(problem('role', `The job title is longer than ${MAX_ROLE} characters.`));
  if (read.some(([, value]) => hasControlCharacter(value)))
    found.push(problem(null, 'The line holds control characters that are not text.'));
  return found;
}

function visible(character: string | undefined): string {
  if (character === '\t') return 'a tab';
  if (character === '\r') return 'a carriage return';
  return `"${character ?? ''}"`;
}

/** Control characters other than tab and line ends: binary noise, not text a person typed. */
function hasControlCharacter(value: string): boolean {
  for (const character of value) {
    const code = character.charCodeAt(0);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return true;
  }
  return false;
}
