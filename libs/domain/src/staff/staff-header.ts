/**
 * Which columns of an MIS staff export hold the name, email and job title. Exports differ
 * ("Full name", "Forename" and "Surname", "Work email", "Job title", "Post"), so headers are
 * matched case-insensitively, ignoring spaces, dashes, underscores and dots.
 */
export interface StaffColumns {
  /** One column with the whole name, or forename and surname to join. */
  name: { full: number } | { forename: number; surname: number };
  email: number;
  role: number | null;
}

export type HeaderReading = { ok: true; columns: StaffColumns } | { ok: false; message: string };

const FULL_NAME = ['name', 'fullname', 'staffname', 'displayname', 'preferredname', 'legalname', 'employeename'];
const FORENAME = ['forename', 'forenames', 'firstname', 'givenname', 'preferredforename', 'legalforename'];
const SURNAME = ['surname', 'lastname', 'familyname', 'preferredsurname', 'legalsurname'];
const EMAIL = ['email', 'emailaddress', 'workemail', 'workemailaddress', 'schoolemail', 'staffemail', 'primaryemail'];
// Not "Title": in MIS exports that is Mr, Mrs or Dr.
const ROLE = ['role', 'jobtitle', 'post', 'position', 'staffrole', 'jobrole'];

const EXPECTED = 'a name ("Name" or "Full name", or "Forename" and "Surname"), an email ("Email", "Work email" or "E-mail") and optionally a job title ("Role", "Job title" or "Post")';

function key(header: string): string {
  return header.toLowerCase().replace(/[\s\-_.]/g, '');
}

export function recogniseStaffHeader(headers: readonly string[]): HeaderReading {
  const keys = headers.map(key);
  const find = (names: readonly string[]): number | null => {
    const index = keys.findIndex((k) => names.includes(k));
    return index === -1 ? null : index;
  };
  const full = find(FULL_NAME);
  const forename = find(FORENAME);
  const surname = find(SURNAME);
  const email = find(EMAIL);
  const role = find(ROLE);
  const name = full !== null ? { full } : forename !== null && surname !== null ? { forename, surname } : null;
  if (name === null || email === null) {
    const missing = [name === null ? 'name' : null, email === null ? 'email' : null].filter(Boolean).join(' and ');
    const found = headers.filter((h) => h.trim() !== '').map((h) => `"${h.trim()}"`).join(', ') || 'no column names';
    return {
      ok: false,
      message: `The file has no ${missing} column. The first line names the columns: it has ${found}; a staff list needs ${EXPECTED}.`,
    };
  }
  return { ok: true, columns: { name, email, role } };
}
