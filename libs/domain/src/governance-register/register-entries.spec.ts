import { Appointment } from '../appointments/events';
import { registerAppointments } from './register-entries';

const appointment = (id: string, personId: string, extra: Partial<Appointment> = {}): Appointment => ({
  appointmentId: id,
  personId,
  body: 'trust-board',
  schoolId: null,
  committee: null,
  role: 'trustee',
  appointedBy: 'Members',
  startsOn: '2024-09-01',
  endsOn: '2028-08-31',
  endedOn: null,
  endReason: null,
  ...extra,
});
const nobodyErased = () => false;
const names = (bodies: ReturnType<typeof registerAppointments>) => bodies.map((body) => [body.key.body, body.appointments.map((a) => [a.appointment.personId, a.leftOn])]);

describe('registerAppointments', () => {
  it('given someone who left 11 months ago and someone who left 13 months ago, lists the first as former and not the second', () => {
    const listed = registerAppointments(
      [appointment('a1', 'tara'), appointment('a2', 'leo', { endedOn: '2025-12-20' }), appointment('a3', 'fay', { endedOn: '2025-10-20' })],
      '2026-11-24',
      nobodyErased,
    );
    expect(names(listed)).toEqual([['trust-board', [['tara', null], ['leo', '2025-12-20']]]]);
  });

  it('given a renewed term, lists the term being served only: a renewal is not a departure', () => {
    const listed = registerAppointments(
      [appointment('a1', 'gina', { startsOn: '2022-09-01', endsOn: '2026-08-31' }), appointment('a2', 'gina', { startsOn: '2026-09-01', endsOn: '2030-08-31' })],
      '2026-11-24',
      nobodyErased,
    );
    expect(listed[0].appointments.map((a) => [a.appointment.appointmentId, a.leftOn])).toEqual([['a2', null]]);
  });

  it('given two ended terms on one body, lists the last one with the day they left', () => {
    const listed = registerAppointments(
      [appointment('a1', 'leo', { startsOn: '2021-09-01', endsOn: '2025-08-31' }), appointment('a2', 'leo', { startsOn: '2025-09-01', endsOn: '2029-08-31', endedOn: '2026-03-31' })],
      '2026-11-24',
      nobodyErased,
    );
    expect(listed[0].appointments.map((a) => [a.appointment.appointmentId, a.leftOn])).toEqual([['a2', '2026-03-31']]);
  });

  it('leaves out erased people, appointments not yet started, and orders the bodies members, board, LGBs, committees', () => {
    const listed = registerAppointments(
      [
        appointment('a1', 'cara', { body: 'committee', committee: 'Finance' }),
        appointment('a2', 'lou', { body: 'local-governing-body', schoolId: 's1', role: 'parent-governor' }),
        appointment('a3', 'ed'),
        appointment('a4', 'new', { startsOn: '2027-01-01' }),
        appointment('a5', 'mo', { body: 'members', role: 'member' }),
        appointment('a6', 'cy', { body: 'committee', committee: ' finance ' }),
      ],
      '2026-11-24',
      (personId) => personId === 'ed',
    );
    expect(names(listed)).toEqual([
      ['members', [['mo', null]]],
      ['local-governing-body', [['lou', null]]],
      // One committee, whatever the case and spacing of its name.
      ['committee', [['cara', null], ['cy', null]]],
    ]);
  });
});
