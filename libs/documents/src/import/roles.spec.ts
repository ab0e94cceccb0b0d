import { readRoles } from './roles';

const roles = (text: string) => readRoles(text.split('\n')).map((role) => role.id);

describe('roles a policy names', () => {
  it('names each role once, in order of first mention', () => {
    const text = [
      'The coordinator and the link governor meet termly.',
      'The Headteacher and the Deputy Headteacher report to the Full Governing Body.',
      'The nominated governor, the Nominated Director and the DSL attend training; the Chair of Governors signs.',
      'The SENCO, the School Business Manager and the ICT Manager support the School Council.',
      'The Trust Board and the CEO are told. The coordinator again.',
    ].join('\n');
    expect(roles(text)).toEqual([
      'coordinator',
      'link-governor',
      'headteacher',
      'deputy-headteacher',
      'governing-body',
      'nominated-governor',
      'nominated-director',
      'designated-safeguarding-lead',
      'chair-of-governors',
      'senco',
      'business-manager',
      'ict-manager',
      'school-council',
      'trust-board',
      'ceo',
    ]);
  });

  it('does not read a deputy as the headteacher, or "principal" as a title', () => {
    expect(roles('The Deputy Head leads. Our principal aim is safety.')).toEqual([
      'deputy-headteacher',
    ]);
    expect(roles('The Principal leads.')).toEqual(['headteacher']);
    expect(roles('Staff, pupils and parents will comply.')).toEqual([]);
  });
});
