import { diffStaff, KnownPerson } from './staff-diff';
import { StaffLine } from './staff-lines';

const line = (n: number, name: string, email: string, role: string | null = null): StaffLine => ({ line: n, name, email, role });
const known = (personId: string, name: string, email: string, staffHere: boolean, role: string | null = null): [string, KnownPerson] => [
  email.toLowerCase(),
  { personId, name, email, role, staffHere },
];

describe('what a staff list changes at a school', () => {
  const staff = new Map([
    known('p-ann', 'Ann Lee', 'ann@school.org.uk', true, 'Cook'),
    known('p-bo', 'Bo Li', 'bo@school.org.uk', true),
    known('p-cy', 'Cy Day', 'cy@school.org.uk', true),
    known('p-head', 'Helen Ward', 'head@school.org.uk', false),
  ]);

  it('given the current staff, a new name and the head, when diffed, then added, changed, leaving and unchanged', () => {
    const lines = [
      line(2, 'Ann Lee', 'ANN@school.org.uk', 'Cook'),
      line(3, 'Bo Lin', 'bo@school.org.uk', 'Teacher'),
      line(4, 'Dee New', 'dee@school.org.uk'),
      line(5, 'Helen Ward', 'head@school.org.uk'),
    ];
    const diff = diffStaff({ lines, emailsInFile: new Set(lines.map((l) => l.email.toLowerCase())), trustPeople: staff, elsewhere: new Set() });
    expect(diff).toEqual({
      added: [
        { personId: null, name: 'Dee New', email: 'dee@school.org.uk', role: null },
        { personId: 'p-head', name: 'Helen Ward', email: 'head@school.org.uk', role: null },
      ],
      changed: [{ personId: 'p-bo', name: 'Bo Lin', email: 'bo@school.org.uk', role: 'Teacher', changed: ['name', 'role'] }],
      leaving: [{ personId: 'p-cy', name: 'Cy Day', email: 'cy@school.org.uk', role: null }],
      unchanged: 1,
      problems: [],
    });
  });

  it('given a member of staff on a problem line, when diffed, then they are not leaving', () => {
    const diff = diffStaff({ lines: [], emailsInFile: new Set(['ann@school.org.uk', 'bo@school.org.uk', 'cy@school.org.uk']), trustPeople: staff, elsewhere: new Set() });
    expect(diff.leaving).toEqual([]);
  });

  it("given an address of another trust's person, when diffed, then a problem line that names no trust", () => {
    const diff = diffStaff({ lines: [line(7, 'Eve', 'eve@elsewhere.org')], emailsInFile: new Set(['eve@elsewhere.org']), trustPeople: new Map(), elsewhere: new Set(['eve@elsewhere.org']) });
    expect(diff.added).toEqual([]);
    expect(diff.problems).toEqual([{ line: 7, column: 'email', message: expect.stringMatching(/^eve@elsewhere\.org is already used by an account this school cannot add\./) }]);
  });
});
