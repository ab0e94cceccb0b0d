import { meetingReminderEmail } from './meeting-email';

describe('meeting reminder email', () => {
  it('names the meeting, its date and how far off it is, and asks for apologies', () => {
    const email = meetingReminderEmail({ trustName: 'Oak Trust', meetingName: 'Libra School local governing body', date: '2026-12-01', asOf: '2026-11-24' });
    expect(email.subject).toBe('Meeting in 7 days: Libra School local governing body (Tuesday 1 December 2026)');
    expect(email.text).toBe(
      'The meeting of the Libra School local governing body is on Tuesday 1 December 2026, in 7 days.\n\n' +
        'If you cannot attend, send your apologies to the clerk before the meeting.\n\n' +
        'You receive this as a member of this body.\n\nOak Trust, governance tracker\n',
    );
  });
});
