import { acknowledgementReminderEmail, acknowledgementSummaryEmail } from './acknowledgement-emails';

const base = {
  trustName: 'Oak Learning Trust',
  schoolName: 'Oak Primary',
  readingUrl: 'https://gov.example.org/#/reading',
  signInUrl: 'https://gov.example.org/#/email-me-a-link',
};
const items = [
  { policyId: 'p1', title: 'Safeguarding and child protection policy', version: 2, askedOn: '2026-11-02' },
  { policyId: 'p2', title: 'Staff code of conduct', version: 1, askedOn: '2026-11-04' },
];

describe('read-and-acknowledge emails', () => {
  it('given two policies outstanding a week, then one reminder lists both, links the reading page and says how to sign in without a password', () => {
    const email = acknowledgementReminderEmail({ ...base, step: 7, items });
    expect(email.subject).toBe('Reminder: 2 policies to read and acknowledge (Oak Primary)');
    expect(email.text).toContain('Oak Primary asked you a week ago to read and acknowledge these policies:\n');
    expect(email.text).toContain('  - Safeguarding and child protection policy, version 2 (asked on 2 November 2026)\n  - Staff code of conduct, version 1 (asked on 4 November 2026)\n');
    expect(email.text).toContain('  https://gov.example.org/#/reading\n');
    expect(email.text).toContain('You do not need a password: enter your work email address at https://gov.example.org/#/email-me-a-link');
    expect(email.text).toContain('You receive this as a member of staff of Oak Primary.');
  });

  it('given one policy still outstanding after two weeks, then the last reminder says so', () => {
    const email = acknowledgementReminderEmail({ ...base, step: 14, items: [items[0]] });
    expect(email.subject).toBe('Last reminder: 1 policy to read and acknowledge (Oak Primary)');
    expect(email.text).toContain('A last reminder: Oak Primary asked you two weeks ago to read and acknowledge this policy, and it is still outstanding:');
  });

  it("given progress at a school, then the head's summary gives per policy version, staff, done, outstanding and who is late by name", () => {
    const email = acknowledgementSummaryEmail({
      trustName: 'Oak Learning Trust',
      schoolName: 'Oak Primary',
      asOf: '2026-11-16',
      dashboardUrl: 'https://gov.example.org/#/compliance',
      rows: [
        { title: 'Safeguarding and child protection policy', version: 2, staff: 3, acknowledged: 1, outstanding: 2, lateNames: ['Bob Baker', null] },
        { title: 'Staff code of conduct', version: 1, staff: 3, acknowledged: 3, outstanding: 0, lateNames: [] },
      ],
    });
    expect(email.subject).toBe('Read and acknowledge this week: 2 outstanding (Oak Primary)');
    expect(email.text).toContain(
      '  - Safeguarding and child protection policy, version 2: 1 of 3 staff acknowledged, 2 outstanding\n' +
        '    Outstanding more than 7 days: Bob Baker, a person without a name in the directory\n' +
        '  - Staff code of conduct, version 1: 3 of 3 staff acknowledged, 0 outstanding\n',
    );
    expect(email.text).toContain('You receive this weekly as the headteacher of Oak Primary, while anything is outstanding.');
  });
});
