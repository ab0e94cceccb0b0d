import { PersonRole } from '@governance/domain';

/** The demo trust's cast: four academies and the people who govern them (all names invented). */
export const DEMO_TRUST_NAME = 'Meridian Learning Trust';

export interface DemoSchool {
  key: string;
  name: string;
  urn: string;
  phase: 'primary' | 'secondary' | 'all-through';
  headteacher: string;
  governors: [string, string];
}

export const DEMO_SCHOOLS: readonly DemoSchool[] = [
  { key: 'libra', name: 'Libra School', urn: '137512', phase: 'secondary', headteacher: 'Amira Hassan', governors: ['Priya Shah', 'Tom Whitfield'] },
  { key: 'oakfield', name: 'Oakfield Primary Academy', urn: '141208', phase: 'primary', headteacher: 'Gareth Jones', governors: ['Linda Osei', 'Robert Finch'] },
  { key: 'staidan', name: "St Aidan's Church of England Academy", urn: '139977', phase: 'primary', headteacher: 'Catherine Doyle', governors: ['Samuel Adeyemi', 'Joan Pritchard'] },
  { key: 'riverside', name: 'Riverside Academy', urn: '144630', phase: 'secondary', headteacher: 'Marcus Bell', governors: ['Fatima Noor', 'Owen Lloyd'] },
];

export interface DemoPerson {
  name: string;
  email: string;
  roles: { role: PersonRole; schoolKey?: string }[];
  /** Shown in the start-up message. */
  printed?: string;
}

const email = (name: string) => `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@meridian-trust.example`;

/** Everyone in the demo trust; the printed ones are the logins a first-time user tries. */
export function demoPeople(): DemoPerson[] {
  const trustWide: DemoPerson[] = [
    { name: 'Helen Carter', email: email('Helen Carter'), roles: [{ role: 'trust-admin' }], printed: 'trust admin (everything)' },
    { name: 'Margaret Hodge', email: email('Margaret Hodge'), roles: [{ role: 'trustee' }], printed: 'trustee (reads the whole trust)' },
    { name: 'Daniel Okafor', email: email('Daniel Okafor'), roles: [{ role: 'clerk' }], printed: 'clerk to the trust board' },
  ];
  const perSchool = DEMO_SCHOOLS.flatMap((school, index): DemoPerson[] => [
    {
      name: school.headteacher,
      email: email(school.headteacher),
      roles: [{ role: 'headteacher', schoolKey: school.key }],
      ...(index === 0 ? { printed: `headteacher of ${school.name}` } : {}),
    },
    ...school.governors.map((name, g) => ({
      name,
      email: email(name),
      roles: [{ role: 'governor' as const, schoolKey: school.key }],
      ...(index === 0 && g === 0 ? { printed: `link governor for safeguarding at ${school.name}` } : {}),
    })),
  ]);
  return [...trustWide, ...perSchool];
}

/** Link-governor areas and the catalogue policies each covers; the first governor of a school takes the first area. */
export const DEMO_LINK_AREAS: readonly { area: string; catalogueKeys: string[] }[] = [
  { area: 'Safeguarding', catalogueKeys: ['safeguarding-child-protection', 'online-safety', 'managing-allegations-against-staff'] },
  { area: 'SEND', catalogueKeys: ['send-information-report', 'accessibility-plan', 'supporting-medical-conditions'] },
];
