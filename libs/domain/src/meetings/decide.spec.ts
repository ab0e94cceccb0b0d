import { deciderSpec } from '../testing/decider-spec';
import { meetingDecider } from './decide';
import { MeetingEvent } from './events';
import { quorumFor } from './meeting-values';
import { quorumOf } from './quorum';
import { membersOf } from './membership';
import { academicYearOf } from './academic-year';

const spec = deciderSpec(meetingDecider); // today is 2026-11-24
const meetingId = 'mtg-1';
const scheduledLgb = (date = '2026-11-20'): MeetingEvent => ({
  type: 'MeetingScheduled',
  data: { meetingId, trustId: 't1', body: 'local-governing-body', schoolId: 'sch-1', committee: null, title: 'Autumn FGB', date },
});
const cancelled: MeetingEvent = { type: 'MeetingCancelled', data: { meetingId, reason: null } };
const activeSchoolIds = ['sch-1'];
const members = ['p-chair', 'p-gov2', 'p-gov3', 'p-gov4'];

describe('meeting decider', () => {
  it('schedules a local governing body meeting for one school', () => {
    spec
      .given([])
      .when({ type: 'ScheduleMeeting', data: { meetingId, trustId: 't1', body: 'local-governing-body', schoolId: 'sch-1', title: ' Autumn FGB ', date: '2026-11-20', activeSchoolIds } })
      .then([scheduledLgb()]);
  });

  it('schedules a committee meeting with its name, and a board meeting with neither school nor committee', () => {
    spec
      .given([])
      .when({ type: 'ScheduleMeeting', data: { meetingId, trustId: 't1', body: 'committee', committee: 'Finance and Audit', date: '2027-01-15', activeSchoolIds } })
      .then([{ type: 'MeetingScheduled', data: { meetingId, trustId: 't1', body: 'committee', schoolId: null, committee: 'Finance and Audit', title: null, date: '2027-01-15' } }]);
  });

  it('refuses a local governing body meeting without a school, a committee without a name, and a date that is not a date', () => {
    spec.given([]).when({ type: 'ScheduleMeeting', data: { meetingId, trustId: 't1', body: 'local-governing-body', date: '2026-11-20', activeSchoolIds } })
      .thenRefusesInput('schoolId', 'A local governing body meets for one academy: give its schoolId.');
    spec.given([]).when({ type: 'ScheduleMeeting', data: { meetingId, trustId: 't1', body: 'committee', date: '2026-11-20', activeSchoolIds } })
      .thenRefusesInput('committee', "A committee's meeting needs the committee's name (e.g. Finance and Audit).");
    spec.given([]).when({ type: 'ScheduleMeeting', data: { meetingId, trustId: 't1', body: 'trust-board', schoolId: 'sch-1', date: '2026-11-20', activeSchoolIds } })
      .thenRefusesInput('schoolId', "schoolId is for a local governing body's meeting; leave it out for the trust-board.");
    spec.given([]).when({ type: 'ScheduleMeeting', data: { meetingId, trustId: 't1', body: 'trust-board', date: '2026-02-30', activeSchoolIds } })
      .thenRefusesInput('date', 'date must be a real calendar date; 2026-02-30 does not exist.');
  });

  it("refuses a local governing body of a school that is not the trust's", () => {
    spec.given([]).when({ type: 'ScheduleMeeting', data: { meetingId, trustId: 't1', body: 'local-governing-body', schoolId: 'sch-other', date: '2026-11-20', activeSchoolIds } })
      .thenThrows('unknown-school');
  });

  it('reschedules to a new date, changes nothing for the same date, and cancels once', () => {
    spec.given([scheduledLgb()]).when({ type: 'RescheduleMeeting', data: { meetingId, date: '2026-11-27' } })
      .then([{ type: 'MeetingRescheduled', data: { meetingId, date: '2026-11-27' } }]);
    spec.given([scheduledLgb()]).when({ type: 'RescheduleMeeting', data: { meetingId, date: '2026-11-20' } }).then([]);
    spec.given([scheduledLgb()]).when({ type: 'CancelMeeting', data: { meetingId, reason: 'Snow' } })
      .then([{ type: 'MeetingCancelled', data: { meetingId, reason: 'Snow' } }]);
    spec.given([scheduledLgb(), cancelled]).when({ type: 'CancelMeeting', data: { meetingId } }).then([]);
    spec.given([scheduledLgb(), cancelled]).when({ type: 'RescheduleMeeting', data: { meetingId, date: '2026-11-27' } }).thenThrows('meeting-cancelled');
  });

  it('records attendance of members with the members at the time, replacing any earlier record', () => {
    const attendance = [
      { personId: 'p-chair', status: 'present' as const },
      { personId: 'p-gov2', status: 'apologies-accepted' as const },
    ];
    spec.given([scheduledLgb()]).when({ type: 'RecordAttendance', data: { meetingId, attendance, memberIds: members } })
      .then([{ type: 'AttendanceRecorded', data: { meetingId, attendance, memberIds: members } }]);
  });

  it('refuses attendance naming someone who is not a member, by name', () => {
    spec.given([scheduledLgb()])
      .when({ type: 'RecordAttendance', data: { meetingId, attendance: [{ personId: 'p-stranger', status: 'present' }], memberIds: members, names: { 'p-stranger': 'Sam Stone' } } })
      .thenThrows('not-a-member');
    expect(() =>
      meetingDecider.decide(
        { type: 'RecordAttendance', data: { meetingId, attendance: [{ personId: 'p-stranger', status: 'present' }], memberIds: members, names: { 'p-stranger': 'Sam Stone' } } },
        meetingDecider.evolve(meetingDecider.initialState(), scheduledLgb()),
        { now: new Date(), today: '2026-11-24', actorId: 'x' },
      ),
    ).toThrow('Sam Stone (p-stranger) is not a member of the local governing body');
  });

  it('refuses an unknown status and a person listed twice', () => {
    spec.given([scheduledLgb()]).when({ type: 'RecordAttendance', data: { meetingId, attendance: [{ personId: 'p-chair', status: 'late' }], memberIds: members } })
      .thenRefusesInput('attendance[0].status', 'attendance[0].status must be one of "present", "apologies-accepted", "apologies-not-accepted", "absent".');
    spec.given([scheduledLgb()])
      .when({ type: 'RecordAttendance', data: { meetingId, attendance: [{ personId: 'p-chair', status: 'present' }, { personId: 'p-chair', status: 'absent' }], memberIds: members } })
      .thenRefusesInput('attendance[1].personId', 'p-chair is listed twice; give each person one status.');
  });

  it('records a note with its minute reference, dated the meeting date', () => {
    spec.given([scheduledLgb()]).when({ type: 'RecordMeetingNote', data: { meetingId, minuteRef: 'LGB/24/5', text: 'Thanks to the PTA.', takenMinuteRefs: ['LGB/24/4'] } })
      .then([{ type: 'MeetingNoteRecorded', data: { meetingId, minuteRef: 'LGB/24/5', text: 'Thanks to the PTA.', decidedOn: '2026-11-20' } }]);
  });

  it('refuses a repeated minute reference, a meeting not yet held, a cancelled meeting and an unknown one', () => {
    const note = (minuteRef: string) => ({ type: 'RecordMeetingNote' as const, data: { meetingId, minuteRef, text: 'x', takenMinuteRefs: ['LGB/24/4'] } });
    spec.given([scheduledLgb()]).when(note('LGB/24/4')).thenThrows('minute-ref-taken');
    spec.given([scheduledLgb('2026-12-01')]).when(note('LGB/24/5')).thenThrows('meeting-not-yet-held');
    spec.given([scheduledLgb(), cancelled]).when(note('LGB/24/5')).thenThrows('meeting-cancelled');
    expect(() => spec.given([]).when(note('LGB/24/5')).then([])).toThrow('Meeting mtg-1 was not found');
  });
});

describe('quorum and membership', () => {
  it('is a third of the members rounded up, never fewer than three', () => {
    expect([0, 3, 9, 10, 12, 13].map(quorumFor)).toEqual([3, 3, 3, 4, 4, 5]);
  });

  it('counts present members only against the quorum', () => {
    const ten = Array.from({ length: 10 }, (_, i) => `p${i}`);
    const present = (ids: string[]) => ids.map((personId) => ({ personId, status: 'present' as const }));
    expect(quorumOf([...present(['p0', 'p1', 'p2']), { personId: 'p3', status: 'apologies-accepted' }], ten)).toEqual({ quorum: 4, present: 3, quorate: false });
    expect(quorumOf(present(['p0', 'p1', 'p2', 'p3']), ten)).toEqual({ quorum: 4, present: 4, quorate: true });
  });

  it('takes the school governors for a local governing body and the trustees for the board and committees', () => {
    const people = [
      { id: 'gov-a', roles: [{ role: 'governor' as const, schoolId: 'sch-1' }] },
      { id: 'gov-b', roles: [{ role: 'governor' as const, schoolId: 'sch-2' }] },
      { id: 'trustee', roles: [{ role: 'trustee' as const }] },
      { id: 'gone', roles: [{ role: 'trustee' as const }], erased: true },
    ];
    expect(membersOf(people, { body: 'local-governing-body', schoolId: 'sch-1' })).toEqual(['gov-a']);
    expect(membersOf(people, { body: 'trust-board', schoolId: null })).toEqual(['trustee']);
    expect(membersOf(people, { body: 'committee', schoolId: null })).toEqual(['trustee']);
  });
});

describe('academic year', () => {
  it('runs from 1 September to 31 August, named or taken from today', () => {
    expect(academicYearOf('2026-27', '2026-11-24')).toEqual({ label: '2026-27', from: '2026-09-01', to: '2027-08-31' });
    expect(academicYearOf('2099', '2026-11-24')).toEqual({ label: '2099-00', from: '2099-09-01', to: '2100-08-31' });
    expect(academicYearOf(undefined, '2027-08-31').label).toBe('2026-27');
    expect(academicYearOf(undefined, '2027-09-01').label).toBe('2027-28');
    expect(() => academicYearOf('2026-28', '2026-11-24')).toThrow('year must be an academic year such as 2026-27');
  });
});
