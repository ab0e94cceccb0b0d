import { CsvRecord } from './csv';
import { StaffColumns } from './staff-header';
import { readStaffLines } from './staff-lines';

const columns: StaffColumns = { name: { full: 0 }, email: 1, role: 2 };
const records = (...rows: string[][]): CsvRecord[] => rows.map((cells, i) => ({ line: i + 2, cells }));

describe('checking the lines of a staff list', () => {
  it('given clean lines, then each is read with its name tidied and an empty job title as null', () => {
    expect(readStaffLines(records(['  Ann   Lee ', ' ann@school.org.uk ', ''], ['Bo Li', 'bo@school.org.uk', 'Cook']), columns)).toEqual({
      clean: [
        { line: 2, name: 'Ann Lee', email: 'ann@school.org.uk', role: null },
        { line: 3, name: 'Bo Li', email: 'bo@school.org.uk', role: 'Cook' },
      ],
      problems: [],
    });
  });

  it.each([
    ['a missing name', ['', 'a@school.org.uk', ''], 'name', 'The name is missing.'],
    ['a missing email', ['Ann', '', ''], 'email', 'The email address is missing.'],
    ['an address without a domain', ['Ann', 'ann@school', ''], 'email', '"ann@school" is not an email address (expected something like name@school.org.uk).'],
    ['an address with a space', ['Ann', 'ann lee@school.org.uk', ''], 'email', expect.stringMatching(/is not an email address/)],
    ['a formula in the name', ['=1+1', 'a@school.org.uk', ''], 'name', 'The name starts with "=", which a spreadsheet would run as a formula. The line was refused: remove that character and import again.'],
    ['a plus in the job title', ['Ann', 'a@school.org.uk', '+cmd'], 'role', expect.stringMatching(/^The job title starts with "\+"/)],
    ['a minus in the email', ['Ann', '-a@school.org.uk', ''], 'email', expect.stringMatching(/starts with "-"/)],
    ['an at sign first', ['@SUM(A1)', 'a@school.org.uk', ''], 'name', expect.stringMatching(/starts with "@"/)],
    ['a tab first', ['Ann', 'a@school.org.uk', '\tTeacher'], 'role', expect.stringMatching(/starts with a tab/)],
    ['a carriage return first', ['\rAnn', 'a@school.org.uk', ''], 'name', expect.stringMatching(/starts with a carriage return/)],
  ])('given %s, then the line is a problem naming the column', (_case, cells, column, message) => {
    expect(readStaffLines(records(cells), columns)).toEqual({ clean: [], problems: [{ line: 2, column, message }] });
  });

  it('given one address on two lines in other capitals, then both lines are problems naming each other', () => {
    const reading = readStaffLines(records(['Ann', 'ann@school.org.uk', ''], ['Bo', 'bo@school.org.uk', ''], ['Ann B', 'ANN@school.org.uk', '']), columns);
    expect(reading.clean.map((line) => line.line)).toEqual([3]);
    expect(reading.problems).toEqual([
      { line: 2, column: 'email', message: expect.stringMatching(/^ann@school\.org\.uk is also on line 4: each person must appear once/) },
      { line: 4, column: 'email', message: expect.stringMatching(/^ANN@school\.org\.uk is also on line 2/) },
    ]);
  });

  it('given forename and surname columns, then the name joins them', () => {
    const split: StaffColumns = { name: { forename: 0, surname: 1 }, email: 2, role: null };
    expect(readStaffLines(records(['Ann', 'Lee', 'ann@school.org.uk']), split).clean).toEqual([{ line: 2, name: 'Ann Lee', email: 'ann@school.org.uk', role: null }]);
  });
});

describe('control characters', () => {
  it('given a bell character inside a name, then the line is a problem', () => {
    expect(readStaffLines(records(['An\u0007n', 'a@school.org.uk', '']), columns).problems).toEqual([
      { line: 2, column: null, message: 'The line holds control characters that are not text.' },
    ]);
  });
});
