import { round } from './stats';
import { BENCH_OPERATOR_TOKEN, RunningServer } from './server';

export interface StaffImportFigures {
  /** Rows of the timed file. */
  rows: number;
  /** People already in the trust (staff of the other schools) when the file is imported. */
  trustPeople: number;
  /** The dry run of the file: read, checked and compared, nothing appended. */
  dryRunMs: number;
  /** Applying it: `rows` people registered with the staff role, and StaffListImported. */
  applyMs: number;
  /** Applying the same file again: compared, nothing appended. */
  reapplyMs: number;
  /** Applying a next term's list: a tenth renamed, a tenth leaving, a tenth new. */
  turnoverMs: number;
}

const PASSWORD = 'orchard kettle violet 58';

/**
 * Issue 23's staff-import figure: a 500-row MIS export into one school of a trust whose other
 * schools already have their staff (imported the same way first), over HTTP against the real
 * server process: the dry run, the apply, the same file again, and a next term's list.
 */
export async function benchStaffImport(server: RunningServer, options: { rows: number; otherSchools: number; staffPerSchool: number }): Promise<StaffImportFigures> {
  const api = client(server.url);
  const trustId = (await api.json('POST', '/api/trusts', BENCH_OPERATOR_TOKEN, { name: 'Staff Import Trust' })).id as string;
  await api.json('POST', `/api/trusts/${trustId}/people`, BENCH_OPERATOR_TOKEN, { name: 'Bench Admin', email: 'admin@bench.example.org', password: PASSWORD, roles: [{ role: 'trust-admin' }] });
  const token = (await api.json('POST', '/api/auth/login', undefined, { email: 'admin@bench.example.org', password: PASSWORD })).accessToken as string;
  const addSchool = async (name: string) => (await api.json('POST', `/api/trusts/${trustId}/schools`, token, { name })).id as string;

  for (let school = 1; school <= options.otherSchools; school++) {
    const schoolId = await addSchool(`Other School ${school}`);
    await api.upload(`/api/trusts/${trustId}/schools/${schoolId}/staff-imports`, token, staffCsv(`s${school}`, options.staffPerSchool), 201);
  }
  const schoolId = await addSchool('Timed School');
  const path = `/api/trusts/${trustId}/schools/${schoolId}/staff-imports`;
  const file = staffCsv('timed', options.rows);
  const timed = async (csv: string, apply: boolean) => {
    const started = process.hrtime.bigint();
    await api.upload(path, token, csv, apply ? 201 : 200, apply);
    return round(Number(process.hrtime.bigint() - started) / 1e6, 0);
  };
  const dryRunMs = await timed(file, false);
  const applyMs = await timed(file, true);
  const reapplyMs = await timed(file, true);
  const turnoverMs = await timed(staffCsv('timed', options.rows, { renamedEvery: 10, leavingEvery: 10, newEvery: 10 }), true);
  return { rows: options.rows, trustPeople: options.otherSchools * options.staffPerSchool + 1, dryRunMs, applyMs, reapplyMs, turnoverMs };
}

/** An MIS-style export: forename, surname, work email, job title. */
function staffCsv(prefix: string, rows: number, turnover?: { renamedEvery: number; leavingEvery: number; newEvery: number }): string {
  const lines = ['Forename,Surname,Work email,Job title'];
  for (let i = 0; i < rows; i++) {
    if (turnover && i % turnover.leavingEvery === 1) continue;
    const surname = turnover && i % turnover.renamedEvery === 2 ? `Renamed${i}` : `Surname${i}`;
    const email = turnover && i % turnover.newEvery === 3 ? `new.${prefix}.${i}@bench.example.org` : `${prefix}.${i}@bench.example.org`;
    lines.push(`Given${i},${surname},${email},${i % 7 === 0 ? '"Teaching assistant, Year 2"' : 'Class teacher'}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

function client(url: string) {
  return {
    async json(method: string, path: string, token: string | undefined, body: unknown): Promise<Record<string, unknown>> {
      const response = await fetch(`${url}${path}`, {
        method,
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as Record<string, unknown>;
    },
    async upload(path: string, token: string, csv: string, status: number, apply = true): Promise<void> {
      const form = new FormData();
      if (apply) form.append('apply', 'true');
      form.append('file', new Blob([csv], { type: 'text/csv' }), 'staff.csv');
      const response = await fetch(`${url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
      if (response.status !== status) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
      await response.arrayBuffer();
    },
  };
}
