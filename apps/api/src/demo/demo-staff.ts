import { addDays, LocalDate } from '@governance/domain';
import { DEMO_SCHOOLS, DemoPerson } from './demo-trust';
import { demoStaffLeads } from './demo-owners';

/** The rest of each academy's staff (all names invented); with its two staff leads, twelve a school. */
const STAFF: Readonly<Record<string, readonly string[]>> = {
  libra: ['Oliver Grant', 'Sana Mirza', 'Jack Pemberton', 'Leah Fitzgerald', 'Tomasz Nowak', 'Abigail Reid', 'Kofi Boateng', 'Megan Price', 'Harvey Shaw', 'Zainab Ahmed'],
  oakfield: ['Emily Dawson', 'Liam Carter-Jones', 'Aisha Begum', 'Daniel Frost', 'Georgia Hill', 'Mohammed Iqbal', 'Natalie Cross', 'Ben Sutton', 'Freya Walsh', 'Callum Reeves'],
  staidan: ['Siobhan Murphy', 'Peter Kowalski', 'Ruth Fenwick', 'Joseph Okeke', 'Amy Thornton', 'Declan Hughes', 'Lauren Pike', 'Arjun Mehta', 'Helena Stone', 'Mark Ellison'],
  riverside: ['Jade Robinson', 'Kieran Doyle', 'Maria Santos', 'Adam Whitehead', 'Priyanka Desai', 'Connor Blake', 'Esther Adebayo', 'Sam Hollis', 'Olivia Brennan', 'Rhys Morgan'],
};

/** A member of staff's email at their academy's demo domain (libra.meridian-trust.example). */
const staffEmail = (name: string, schoolKey: string) => `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@${schoolKey}.meridian-trust.example`;

/** The member of staff printed among the demo logins, with the password: Libra's new versions are still hers to read. */
export const DEMO_PRINTED_STAFF = 'Sana Mirza';

/**
 * The staff added for read and acknowledge: role `staff` at their academy. They have no password
 * (they sign in by email link), except the one printed at start-up, so a first-time user can see a
 * member of staff's reading without an email server.
 */
export function demoStaff(): DemoPerson[] {
  return DEMO_SCHOOLS.flatMap((school) =>
    (STAFF[school.key] ?? []).map((name): DemoPerson => ({
      name,
      email: staffEmail(name, school.key),
      roles: [{ role: 'staff', schoolKey: school.key }],
      ...(name === DEMO_PRINTED_STAFF ? { printed: `staff at ${school.name} (policies to read)` } : {}),
    })),
  );
}

/** Everyone with the role `staff` at a school in the demo: its two leads and the staff above. */
export function demoStaffOf(schoolKey: string): string[] {
  const leads = demoStaffLeads().filter((lead) => lead.roles.some((role) => role.schoolKey === schoolKey)).map((lead) => lead.name);
  return [...leads, ...(STAFF[schoolKey] ?? [])];
}

/**
 * How far each academy's staff have got with reading and acknowledging: Oakfield everyone;
 * Riverside all but two of its staff (the last two listed); St Aidan's well behind (the first four
 * of twelve); Libra every version it adopted long ago, but only three of twelve (its two staff
 * leads and Oliver Grant) the new safeguarding, online-safety and behaviour versions it adopted
 * twenty days ago (DEMO_AUTUMN_LGB_DAYS_AGO).
 */
export interface DemoReadingPlan {
  /** How many of the school's staff (in order) acknowledge each policy's version in force. */
  acknowledging: number;
  /** Of those, how many also acknowledge a version adopted in the last few weeks. */
  acknowledgingRecent: number;
}

export const DEMO_READING: Readonly<Record<string, DemoReadingPlan>> = {
  libra: { acknowledging: 12, acknowledgingRecent: 3 },
  oakfield: { acknowledging: 12, acknowledgingRecent: 12 },
  staidan: { acknowledging: 4, acknowledgingRecent: 4 },
  riverside: { acknowledging: 10, acknowledgingRecent: 10 },
};

/** A version adopted this many days ago or less counts as recent: most staff have not read it yet. */
export const DEMO_RECENT_ADOPTION_DAYS = 30;

/**
 * The days a member of staff acknowledges: a first pass between ten and five weeks ago (each the
 * version then in force), and, for those who have read a recent adoption, a second pass in the
 * last fortnight. Spread by person and policy so the days differ.
 */
export function demoReadingDays(today: LocalDate, staffIndex: number, policyIndex: number): { first: LocalDate; recent: LocalDate } {
  return {
    first: addDays(today, -(35 + ((staffIndex * 3 + policyIndex * 2) % 35))),
    recent: addDays(today, -(1 + ((staffIndex + policyIndex) % 12))),
  };
}
