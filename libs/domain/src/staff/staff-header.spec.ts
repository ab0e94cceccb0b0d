import { recogniseStaffHeader } from './staff-header';

describe('recognising the columns of an MIS staff export', () => {
  it.each([
    [['Name', 'Email', 'Role'], { name: { full: 0 }, email: 1, role: 2 }],
    [['Full name', 'Work email', 'Job title'], { name: { full: 0 }, email: 1, role: 2 }],
    [['FULL NAME', 'E-mail'], { name: { full: 0 }, email: 1, role: null }],
    [['Staff code', 'Forename', 'Surname', 'Post', 'Work E-mail Address'], { name: { forename: 1, surname: 2 }, email: 4, role: 3 }],
    [['first_name', 'last_name', 'email_address'], { name: { forename: 0, surname: 1 }, email: 2, role: null }],
    // "Title" is Mr, Mrs or Dr in an MIS export, not a job title.
    [['Title', 'Forename', 'Surname', 'Email'], { name: { forename: 1, surname: 2 }, email: 3, role: null }],
  ])('given %j, then the columns are found', (headers, columns) => {
    expect(recogniseStaffHeader(headers)).toEqual({ ok: true, columns });
  });

  it('given no email column, then the refusal names the columns found and those expected', () => {
    const reading = recogniseStaffHeader(['Name', 'Phone']);
    expect(reading.ok).toBe(false);
    if (!reading.ok) {
      expect(reading.message).toMatch(/^The file has no email column\. .*it has "Name", "Phone"; a staff list needs a name/);
    }
  });

  it('given a forename without a surname and no full name, then the name column is missing', () => {
    expect(recogniseStaffHeader(['Forename', 'Email'])).toMatchObject({ ok: false, message: expect.stringMatching(/no name column/) });
  });
});
