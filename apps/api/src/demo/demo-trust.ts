import { PersonRole } from '@governance/domain';

/** The demo trust's cast: four academies and the people who govern them (all names invented). */
export const DEMO_TRUST_NAME = 'Meridian Learning Trust';

export interface DemoSchool {
  key: string;
  name: string;
  urn: string;
  phase: 'primary' | 'secondary' | 'all-through';
  headteacher: string;
  /** The two link governors (safeguarding, SEND). */
  governors: [string, string];
  /** The rest of the local governing body: chair, parent, staff and co-opted governors. */
  otherGovernors: readonly string[];
}

export const DEMO_SCHOOLS: readonly DemoSchool[] = [
  { key: 'libra', name: 'Libra School', urn: '137512', phase: 'secondary', headteacher: 'Amira Hassan', governors: ['Priya Shah', 'Tom Whitfield'], otherGovernors: ['Eleanor Marsh', 'Kwame Mensah', 'Sophie Turner', 'Dev Raman'] },
  { key: 'oakfield', name: 'Oakfield Primary Academy', urn: '141208', phase: 'primary', headteacher: 'Gareth Jones', governors: ['Linda Osei', 'Robert Finch'], otherGovernors: ['Alan Whitaker', 'Grace Okoye', 'Martin Hale', 'Rebecca Lin'] },
  { key: 'staidan', name: "St Aidan's Church of England Academy", urn: '139977', phase: 'primary', headteacher: 'Catherine Doyle', governors: ['Samuel Adeyemi', 'Joan Pritchard'], otherGovernors: ['Rev. Michael Ashby', 'Teresa Quinn', 'Jonathan Moss', 'Ayesha Karim'] },
  { key: 'riverside', name: 'Riverside Academy', urn: '144630', phase: 'secondary', headteacher: 'Marcus Bell', governors: ['Fatima Noor', 'Owen Lloyd'], otherGovernors: ['Stephen Cole', 'Nia Roberts', 'Lucy Harding', 'Imran Siddiqui'] },
];

export interface DemoPerson {
  name: string;
  email: string;
  roles: { role: PersonRole; schoolKey?: string }[];
  /** Shown in the start-up message. */
  printed?: string;
}

export const demoEmail = (name: string) => `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@meridian-trust.example`;

/** The trust board besides Margaret Hodge (six trustees: a quorum of three). */
const DEMO_OTHER_TRUSTEES = ['Sir Peter Lang', 'Dr Ruth Adeleke', 'James Whitmore', 'Carol Benson', 'Vikram Nair'];

/** The trust board's six trustees, in the order they sit. */
export function demoTrustees(): string[] {
  return ['Margaret Hodge', ...DEMO_OTHER_TRUSTEES];
}

/** Everyone in the demo trust; the printed ones are the logins a first-time user tries. */
export function demoPeople(): DemoPerson[] {
  const trustWide: DemoPerson[] = [
    { name: 'Helen Carter', email: demoEmail('Helen Carter'), roles: [{ role: 'trust-admin' }], printed: 'trust admin (everything)' },
    { name: 'Margaret Hodge', email: demoEmail('Margaret Hodge'), roles: [{ role: 'trustee' }], printed: 'trustee (reads the whole trust)' },
    { name: 'Daniel Okafor', email: demoEmail('Daniel Okafor'), roles: [{ role: 'clerk' }], printed: 'clerk to the trust board' },
    ...DEMO_OTHER_TRUSTEES.map((name): DemoPerson => ({ name, email: demoEmail(name), roles: [{ role: 'trustee' }] })),
  ];
  const perSchool = DEMO_SCHOOLS.flatMap((school, index): DemoPerson[] => [
    {
      name: school.headteacher,
      email: demoEmail(school.headteacher),
      roles: [{ role: 'headteacher', schoolKey: school.key }],
      ...(index === 0 ? { printed: `headteacher of ${school.name}` } : {}),
    },
    ...school.governors.map((name, g) => ({
      name,
      email: demoEmail(name),
      roles: [{ role: 'governor' as const, schoolKey: school.key }],
      ...(index === 0 && g === 0 ? { printed: `link governor for safeguarding at ${school.name}` } : {}),
    })),
    ...school.otherGovernors.map((name): DemoPerson => ({ name, email: demoEmail(name), roles: [{ role: 'governor', schoolKey: school.key }] })),
  ]);
  return [...trustWide, ...perSchool];
}

/** Link-governor areas and the catalogue policies each covers; the first governor of a school takes the first area. */
export const DEMO_LINK_AREAS: readonly { area: string; catalogueKeys: string[] }[] = [
  { area: 'Safeguarding', catalogueKeys: ['safeguarding-child-protection', 'online-safety', 'managing-allegations-against-staff'] },
  { area: 'SEND', catalogueKeys: ['send-information-report', 'accessibility-plan', 'supporting-medical-conditions'] },
];
