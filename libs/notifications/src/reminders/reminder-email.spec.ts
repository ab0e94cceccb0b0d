import { digestEmail, reminderEmail } from './reminder-email';
import { isoWeek } from './iso-week';

const base = {
  trustName: 'Oak Learning Trust',
  schoolName: 'Libra School',
  policyTitle: 'Safeguarding Policy',
  dueOn: '2027-03-31',
  dueAsGiven: '2027-spring',
  asOf: '2027-03-17',
  policyUrl: 'http://localhost:3000/api/trusts/t/policies/p',
  reason: 'the headteacher of Libra School',
};

describe('reminder emails', () => {
  it('says what is due, by when (a term as its last day), where to record it and why', () => {
    const email = reminderEmail({ ...base, step: { kind: 'days-before' } });
    expect(email.subject).toBe('Review due in 14 days: Safeguarding Policy (Libra School)');
    expect(email.text).toContain('is due by Wednesday 31 March 2027 (the end of Spring 2027), in 14 days.');
    expect(email.text).toContain('  http://localhost:3000/api/trusts/t/policies/p\n');
    expect(email.text).toContain('You receive this as the headteacher of Libra School.');
  });

  it('words the day itself and an overdue review, and a trust-wide policy', () => {
    expect(reminderEmail({ ...base, asOf: '2027-03-31', step: { kind: 'on-the-day' } }).subject).toBe(
      'Review due today: Safeguarding Policy (Libra School)',
    );
    const overdue = reminderEmail({ ...base, schoolName: null, asOf: '2027-04-01', step: { kind: 'overdue' } });
    expect(overdue.subject).toBe('Review overdue since 31 March 2027: Safeguarding Policy (Oak Learning Trust (trust-wide))');
    expect(overdue.text).toContain('It is overdue.');
  });

  it('lists overdue reviews first in the weekly digest', () => {
    const digest = digestEmail({
      trustName: 'Oak Learning Trust',
      asOf: '2026-11-23',
      items: [
        { policyTitle: 'Charging Policy', schoolName: 'Libra School', dueOn: '2027-01-31', overdue: false, policyUrl: 'u1' },
        { policyTitle: 'Accessibility Plan', schoolName: null, dueOn: '2024-09-01', overdue: true, policyUrl: 'u2' },
      ],
    });
    expect(digest.subject).toBe('Policy reviews this week: 1 overdue, 1 due soon');
    expect(digest.text.indexOf('Accessibility Plan')).toBeLessThan(digest.text.indexOf('Charging Policy'));
  });

  it('adds the person\'s overdue actions to the weekly digest, with where each came from', () => {
    const digest = digestEmail({
      trustName: 'Oak Learning Trust',
      asOf: '2026-11-23',
      items: [],
      overdueActions: [{ title: 'Book refresher training', schoolName: 'Libra School', dueOn: '2026-11-17', sourceInWords: 'Link governor visit on 6 October 2026' }],
    });
    expect(digest.subject).toBe('Policy reviews this week: 1 overdue action');
    expect(digest.text).toContain('Your overdue actions (1), to mark as done on your home page once done:\n  - Book refresher training, Libra School: was due 17 November 2026 (6 days ago)\n    From: Link governor visit on 6 October 2026');
  });

  it('numbers weeks as ISO 8601 does', () => {
    expect(isoWeek('2026-11-23')).toBe('2026-W48');
    expect(isoWeek('2026-11-29')).toBe('2026-W48');
    expect(isoWeek('2027-01-01')).toBe('2026-W53');
    expect(isoWeek('2027-01-04')).toBe('2027-W01');
  });
});
