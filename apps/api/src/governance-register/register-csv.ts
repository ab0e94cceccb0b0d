import type { DeclaredInterest, GovernanceRegister, GovernanceRegisterBody, GovernanceRegisterEntry } from '@governance/contracts';
import { interestKindInWords } from '@governance/domain';
import { toCsv } from '../exports/csv';
import { CsvColumn, csvTable } from '../exports/csv-columns';

type Row = { body: GovernanceRegisterBody; entry: GovernanceRegisterEntry };

/** "Directorship: Director of Hollins Ltd (from 2024-04-01 to 2026-01-31)", one interest. */
export function interestInWords(interest: DeclaredInterest): string {
  const dates = [interest.from ? `from ${interest.from}` : null, interest.to ? `to ${interest.to}` : null].filter(Boolean).join(' ');
  return `${interestKindInWords(interest.kind)}: ${interest.description ?? ''}${dates ? ` (${dates})` : ''}`;
}

function currentInterests(entry: GovernanceRegisterEntry): string {
  const { interests } = entry;
  if (interests.declaredOn === null) return 'Not declared';
  if (interests.nothingToDeclare || interests.current.length === 0) return 'None';
  return interests.current.map(interestInWords).join('; ');
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One row per person per body: headings in words, dates YYYY-MM-DD, the person id last (as the other exports). */
export function registerColumns(register: GovernanceRegister): CsvColumn<Row>[] {
  const year = register.attendanceYear.label;
  return [
    { heading: 'Body', cell: (r) => r.body.title },
    { heading: 'Name', cell: (r) => r.entry.name },
    { heading: 'Role', cell: (r) => capitalised(r.entry.roleInWords) },
    { heading: 'Appointed by', cell: (r) => r.entry.appointedBy },
    { heading: 'Term of office starts', cell: (r) => r.entry.termStartsOn },
    { heading: 'Term of office ends', cell: (r) => r.entry.termEndsOn },
    { heading: 'Status', cell: (r) => (r.entry.former ? 'Former' : 'Current') },
    { heading: 'Left on', cell: (r) => r.entry.leftOn },
    { heading: 'Interests', cell: (r) => currentInterests(r.entry) },
    { heading: 'Interests ended in the last 12 months', cell: (r) => r.entry.interests.endedRecently.map(interestInWords).join('; ') },
    { heading: 'Declaration made on', cell: (r) => r.entry.interests.declaredOn },
    { heading: `Meetings attended (${year})`, cell: (r) => r.entry.attendance?.attended ?? null },
    { heading: `Meetings expected (${year})`, cell: (r) => r.entry.attendance?.expected ?? null },
    { heading: 'Person id', cell: (r) => r.entry.personId },
  ];
}

export function registerCsv(register: GovernanceRegister): string {
  const rows = register.bodies.flatMap((body) => body.people.map((entry) => ({ body, entry })));
  const table = csvTable(registerColumns(register), rows);
  return toCsv(table.header, table.rows);
}
