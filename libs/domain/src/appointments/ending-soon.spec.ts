import { TermCalendar } from '../time/term-calendar';
import { Appointment } from './events';
import { termsEndingHorizon, termsEndingSoon } from './ending-soon';

const appointment = (id: string, endsOn: string, extra: Partial<Appointment> = {}): Appointment => ({
  appointmentId: id,
  personId: 'p1',
  body: 'trust-board',
  schoolId: null,
  committee: null,
  role: 'trustee',
  appointedBy: 'Members',
  startsOn: '2023-01-01',
  endsOn,
  endedOn: null,
  endReason: null,
  ...extra,
});

describe('termsEndingSoon', () => {
  const calendar = TermCalendar.default;
  it('looks ahead to the end of next term', () => {
    expect(termsEndingHorizon('2026-11-24', calendar)).toBe(calendar.endOf('2027-spring'));
  });

  it('given terms ending this term, next term and later, lists the first two, soonest first', () => {
    const later = appointment('a3', '2027-08-31', { personId: 'p3' });
    const next = appointment('a2', '2027-03-31', { personId: 'p2' });
    const now = appointment('a1', '2026-12-20');
    expect(termsEndingSoon([later, next, now], '2026-11-24', calendar).map((a) => a.appointmentId)).toEqual(['a1', 'a2']);
  });

  it('leaves out terms already ended early, past, or followed by a renewal', () => {
    const endedEarly = appointment('a1', '2026-12-20', { endedOn: '2026-10-01' });
    const past = appointment('a2', '2026-11-01', { personId: 'p2' });
    const renewed = appointment('a3', '2027-01-31', { personId: 'p3' });
    const renewal = appointment('a4', '2031-01-31', { personId: 'p3', startsOn: '2027-02-01' });
    expect(termsEndingSoon([endedEarly, past, renewed, renewal], '2026-11-24', calendar)).toEqual([]);
  });
});
