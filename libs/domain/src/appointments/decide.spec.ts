import { PersonState } from '../people/person-state';
import { deciderSpec } from '../testing/decider-spec';
import { appointmentsDecider } from './decider';
import { AppointmentEvent } from './events';
import { isCurrentOn, onRegisterAsOf } from './term';

const spec = deciderSpec(appointmentsDecider);
const person: PersonState = { exists: true, personId: 'p1', trustId: 't1', roles: [], erased: false, mfaEnrolled: false };
const lgb = { appointmentId: 'a1', trustId: 't1', personId: 'p1', person, body: 'local-governing-body', schoolId: 's1', role: 'parent-governor', appointedBy: 'Parents (election)', startsOn: '2026-09-01', endsOn: '2030-08-31', activeSchoolIds: ['s1'] };
const made: AppointmentEvent = {
  type: 'AppointmentMade',
  data: { appointmentId: 'a1', trustId: 't1', personId: 'p1', body: 'local-governing-body', schoolId: 's1', committee: null, role: 'parent-governor', appointedBy: 'Parents (election)', startsOn: '2026-09-01', endsOn: '2030-08-31' },
};

describe('MakeAppointment', () => {
  it('given a person of the trust, when appointed to an academy LGB for four years, then the appointment is made', () =>
    spec.given([]).when({ type: 'MakeAppointment', data: lgb }).then([made]));

  it('refuses an unknown role, listing the roles', () =>
    spec.given([]).when({ type: 'MakeAppointment', data: { ...lgb, role: 'treasurer' } }).thenRefusesInput(
      'role',
      'role must be one of "chair", "vice-chair", "trustee", "member", "parent-governor", "staff-governor", "co-opted", "foundation", "local-authority", "headteacher".',
    ));

  it('refuses an end on or before the start', () =>
    spec.given([]).when({ type: 'MakeAppointment', data: { ...lgb, endsOn: '2026-09-01' } }).thenRefusesInput('endsOn', 'endsOn (2026-09-01) must be after startsOn (2026-09-01).'));

  it('refuses a term longer than four years, saying how to renew', () =>
    spec.given([]).when({ type: 'MakeAppointment', data: { ...lgb, endsOn: '2030-09-02' } }).thenRefusesInput(
      'endsOn',
      'A term of office is at most 4 years (the usual maximum): from 2026-09-01 it ends on 2030-09-01 at the latest. Record a longer service as a renewal: a new appointment starting the day after this one ends.',
    ));

  it('refuses an LGB without a school, or with a school not of the trust', () => {
    spec.given([]).when({ type: 'MakeAppointment', data: { ...lgb, schoolId: undefined } }).thenRefusesInput('schoolId', "A local governing body is one academy's: give its schoolId.");
    spec.given([]).when({ type: 'MakeAppointment', data: { ...lgb, schoolId: 's9' } }).thenThrows('unknown-school');
  });

  it('refuses a committee without its name', () =>
    spec.given([]).when({ type: 'MakeAppointment', data: { ...lgb, body: 'committee', schoolId: undefined } }).thenRefusesInput('committee', "An appointment to a committee needs the committee's name (e.g. Finance and Audit)."));

  it('refuses a person of another trust, or an erased person', () => {
    spec.given([]).when({ type: 'MakeAppointment', data: { ...lgb, person: { ...person, trustId: 't2' } as PersonState } }).thenThrows('unknown-person');
    spec.given([]).when({ type: 'MakeAppointment', data: { ...lgb, person: { ...person, erased: true } as PersonState } }).thenThrows('unknown-person');
  });
});

describe('EndAppointment', () => {
  it('given an appointment, when ended early with a reason, then it ends on that day', () =>
    spec.given([made]).when({ type: 'EndAppointment', data: { appointmentId: 'a1', personId: 'p1', endedOn: '2027-03-31', reason: 'Resigned' } }).then([
      { type: 'AppointmentEnded', data: { appointmentId: 'a1', personId: 'p1', endedOn: '2027-03-31', reason: 'Resigned' } },
    ]));

  it('refuses an end on or after the term end, or before the start', () => {
    spec.given([made]).when({ type: 'EndAppointment', data: { appointmentId: 'a1', personId: 'p1', endedOn: '2030-08-31' } }).thenRefusesInput(
      'endedOn',
      "endedOn (2030-08-31) must be before the term's end (2030-08-31): a term that runs its course needs no early end.",
    );
    spec.given([made]).when({ type: 'EndAppointment', data: { appointmentId: 'a1', personId: 'p1', endedOn: '2026-08-31' } }).thenRefusesInput(
      'endedOn',
      'endedOn (2026-08-31) must not be before the appointment started (2026-09-01).',
    );
  });

  it('refuses ending twice', () =>
    spec
      .given([made, { type: 'AppointmentEnded', data: { appointmentId: 'a1', personId: 'p1', endedOn: '2027-03-31', reason: null } }])
      .when({ type: 'EndAppointment', data: { appointmentId: 'a1', personId: 'p1', endedOn: '2027-04-30' } })
      .thenThrows('appointment-ended'));

  it("refuses another person's appointment as not found", () =>
    expect(() => spec.given([made]).when({ type: 'EndAppointment', data: { appointmentId: 'a1', personId: 'p2', endedOn: '2027-03-31' } }).then([])).toThrow('Appointment a1 was not found'));
});

describe('isCurrentOn', () => {
  const held = { startsOn: '2026-09-01', endsOn: '2030-08-31', endedOn: null };
  it('holds from the first to the last day of the term', () => {
    expect([isCurrentOn(held, '2026-08-31'), isCurrentOn(held, '2026-09-01'), isCurrentOn(held, '2030-08-31'), isCurrentOn(held, '2030-09-01')]).toEqual([false, true, true, false]);
  });
  it('ends after the early end day', () => {
    expect([isCurrentOn({ ...held, endedOn: '2027-03-31' }, '2027-03-31'), isCurrentOn({ ...held, endedOn: '2027-03-31' }, '2027-04-01')]).toEqual([true, false]);
  });
});

describe('onRegisterAsOf', () => {
  const ended = { startsOn: '2022-09-01', endsOn: '2026-08-31', endedOn: '2025-10-31' };
  it('lists someone who left 11 months ago and not 13 months ago', () => {
    expect(onRegisterAsOf(ended, '2026-09-30')).toBe(true);
    expect(onRegisterAsOf(ended, '2026-11-30')).toBe(false);
  });
  it('does not list an appointment that has not started', () => {
    expect(onRegisterAsOf({ startsOn: '2027-01-01', endsOn: '2030-12-31', endedOn: null }, '2026-12-01')).toBe(false);
  });
});
