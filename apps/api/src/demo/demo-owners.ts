import { DEMO_SCHOOLS, DemoPerson } from './demo-trust';

/**
 * Policy owners in the demo: each academy's designated safeguarding lead (a member of staff)
 * owns its safeguarding and online-safety policies and its SENCo the SEND ones; the
 * headteacher owns behaviour (and is reminded once, not twice).
 */
const STAFF_LEADS: Readonly<Record<string, { dsl: string; senco: string }>> = {
  libra: { dsl: 'Nadia Brooks', senco: 'Ian McAllister' },
  oakfield: { dsl: 'Chloe Barnes', senco: 'Ravi Patel' },
  staidan: { dsl: 'Bernadette Kelly', senco: 'Paul Greaves' },
  riverside: { dsl: 'Yusuf Ali', senco: 'Hannah Lowe' },
};

const email = (name: string) => `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@meridian-trust.example`;

/** The staff leads, with the staff role at their academy. */
export function demoStaffLeads(): DemoPerson[] {
  return DEMO_SCHOOLS.flatMap((school) => {
    const leads = STAFF_LEADS[school.key];
    if (!leads) return [];
    return [leads.dsl, leads.senco].map((name) => ({ name, email: email(name), roles: [{ role: 'staff' as const, schoolKey: school.key }] }));
  });
}

/** Who owns which catalogue policy at a school: a person's name, by catalogue key. */
export function demoPolicyOwners(schoolKey: string, headteacher: string): ReadonlyMap<string, string> {
  const leads = STAFF_LEADS[schoolKey];
  const owners = new Map<string, string>([['behaviour', headteacher]]);
  if (leads) {
    for (const key of ['safeguarding-child-protection', 'online-safety']) owners.set(key, leads.dsl);
    for (const key of ['send-information-report', 'accessibility-plan', 'supporting-medical-conditions']) owners.set(key, leads.senco);
  }
  return owners;
}
