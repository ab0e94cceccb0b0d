import { addMonths, Appointment, declarationRenewal, isSafeguardingTitle, safeguardingTraining, TermCalendar, termsEndingSoon } from '@governance/domain';
import { DEMO_LEAVER, DEMO_NEWCOMER, DEMO_TERM_ENDING, demoAppointments, demoMembersOn } from './demo-appointments';
import { demoMeetings } from './demo-meetings';
import { DEMO_DECLARATION_OVERDUE, DEMO_TRAINING_DUE, demoDeclarations, demoTraining } from './demo-records';

/** Any day the demo may be loaded on: the demo's dates follow today (autumn, spring, summer, the summer holiday). */
const TODAYS = ['2026-11-24', '2027-02-10', '2027-05-31', '2027-08-20', '2026-09-03'];

describe("the demo's governor records, on any day it is loaded", () => {
  it.each(TODAYS)('gives every held meeting its full body from the appointments (on %s)', (today) => {
    const appointments = demoAppointments(today);
    for (const meeting of demoMeetings(today).filter((m) => m.held)) {
      const members = demoMembersOn(appointments, meeting.body, meeting.schoolKey, meeting.date);
      expect(members).toHaveLength(meeting.body === 'trust-board' ? 6 : 7);
    }
  });

  it.each(TODAYS)('has terms of at most four years, one ending within next term, none ended but the resignation (on %s)', (today) => {
    const appointments = demoAppointments(today);
    for (const a of appointments) expect(a.endsOn > a.startsOn && a.endsOn < addMonths(a.startsOn, 48)).toBe(true);
    const asRecorded: Appointment[] = appointments.map((a, i) => ({
      appointmentId: `a${i}`,
      personId: a.name,
      body: a.body,
      schoolId: a.schoolKey,
      committee: null,
      role: a.role,
      appointedBy: a.appointedBy,
      startsOn: a.startsOn,
      endsOn: a.endsOn,
      endedOn: a.ended?.on ?? null,
      endReason: a.ended?.reason ?? null,
    }));
    expect(termsEndingSoon(asRecorded, today, TermCalendar.default).map((a) => a.personId)).toEqual([DEMO_TERM_ENDING]);
    expect(appointments.filter((a) => a.ended).map((a) => a.name)).toEqual([DEMO_LEAVER.name]);
    expect(appointments.every((a) => (a.recordedOn ?? '') <= today)).toBe(true);
  });

  it.each(TODAYS)('has one declaration overdue and one safeguarding training due among the governors and trustees now (on %s)', (today) => {
    const appointments = demoAppointments(today);
    const declarations = demoDeclarations(today, appointments, (body, schoolKey, date) => demoMembersOn(appointments, body, schoolKey, date));
    const training = demoTraining(today, appointments);
    const now = appointments.filter((a) => a.role !== 'headteacher' && a.name !== DEMO_LEAVER.name).map((a) => a.name);
    const last = (name: string) => declarations.filter((d) => d.name === name).map((d) => d.declaredOn).sort().at(-1) ?? null;
    const declarationStatus = new Map(now.map((name) => [name, declarationRenewal(last(name), true, today).status]));
    expect([...declarationStatus].filter(([, status]) => status !== 'done')).toEqual([[DEMO_DECLARATION_OVERDUE, 'overdue']]);
    const records = (name: string) => training.filter((t) => t.name === name).map((t) => ({ personId: name, recordId: '', completedOn: t.completedOn, hours: t.hours ?? null, safeguarding: isSafeguardingTitle(t.title), recordedBy: '' }));
    const trainingStatus = new Map(now.map((name) => [name, safeguardingTraining(records(name), true, today).status]));
    expect([...trainingStatus].filter(([, status]) => status !== 'done')).toEqual([[DEMO_TRAINING_DUE, 'due']]);
    // Nothing recorded after today; the newcomer and everyone else have some nothing-to-declare and some interests.
    expect([...declarations, ...training].every((r) => ('declaredOn' in r ? r.declaredOn : r.completedOn) <= today)).toBe(true);
    expect(declarations.some((d) => d.name === DEMO_NEWCOMER.name && d.interests.length === 0)).toBe(true);
    expect(declarations.some((d) => d.interests.length > 0)).toBe(true);
  });
});
