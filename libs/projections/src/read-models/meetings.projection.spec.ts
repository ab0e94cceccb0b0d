import type { MeetingEvent, PolicyEvent, SchoolPolicyEvent } from '@governance/domain';
import { inStream, projectionSpec, rowsOf } from '../testing/projection-spec';
import { meetingsProjection } from './meetings.projection';

const onMeeting = (event: MeetingEvent) => inStream('meeting-m1', event);
const scheduled = onMeeting({
  type: 'MeetingScheduled',
  data: { meetingId: 'm1', trustId: 't1', body: 'local-governing-body', schoolId: 's1', committee: null, title: null, date: '2026-11-20' },
});
const approved = (minuteRef: string | null, meetingId?: string): PolicyEvent => ({
  type: 'PolicyApproved',
  data: { policyId: 'p1', version: 2, approvedOn: '2026-11-20', body: 'local-governing-body', minuteRef, ...(meetingId ? { meetingId } : {}) },
});
const schoolReview: SchoolPolicyEvent = {
  type: 'PolicyReviewed',
  data: { level: 'school', schoolId: 's1', policyId: 'p2', reviewedOn: '2026-11-20', outcome: 'no-change', notes: null, nextReviewDue: null, meetingId: 'm1', minuteRef: 'LGB/7' },
};
const decisions = rowsOf('SELECT minute_ref, kind, decided_on, policy_id, school_id, version, outcome FROM rm_meeting_decisions ORDER BY position');
const meetings = rowsOf('SELECT meeting_id, date, cancelled, attendance, member_ids FROM rm_meetings');

describe('meetings read model', () => {
  const spec = projectionSpec(meetingsProjection);

  it('keeps the meeting, its new date, cancellation and latest attendance with the members then', () => {
    spec
      .given([
        scheduled,
        onMeeting({ type: 'AttendanceRecorded', data: { meetingId: 'm1', attendance: [{ personId: 'a', status: 'absent' }], memberIds: ['a'] } }),
        onMeeting({ type: 'AttendanceRecorded', data: { meetingId: 'm1', attendance: [{ personId: 'a', status: 'present' }], memberIds: ['a', 'b'] } }),
        onMeeting({ type: 'MeetingRescheduled', data: { meetingId: 'm1', date: '2026-11-21' } }),
        onMeeting({ type: 'MeetingCancelled', data: { meetingId: 'm1', reason: null } }),
      ])
      .then(meetings, [{ meeting_id: 'm1', date: '2026-11-21', cancelled: 1, attendance: '[{"personId":"a","status":"present"}]', member_ids: '["a","b"]' }]);
  });

  it('lists as decisions, in log order, the policy events carrying a meeting and the meeting notes; a direct approval is not one', () => {
    spec
      .given([
        scheduled,
        inStream('policy-p1', approved('TB/1')),
        inStream('policy-p1', approved('LGB/6', 'm1')),
        inStream('schoolpolicy-s1.p2', schoolReview),
        onMeeting({ type: 'MeetingNoteRecorded', data: { meetingId: 'm1', minuteRef: 'LGB/8', text: 'Thanks', decidedOn: '2026-11-20' } }),
      ])
      .then(decisions, [
        { minute_ref: 'LGB/6', kind: 'approve-policy', decided_on: '2026-11-20', policy_id: 'p1', school_id: null, version: 2, outcome: null },
        { minute_ref: 'LGB/7', kind: 'review-policy', decided_on: '2026-11-20', policy_id: 'p2', school_id: 's1', version: null, outcome: 'no-change' },
        { minute_ref: 'LGB/8', kind: 'note', decided_on: '2026-11-20', policy_id: null, school_id: null, version: null, outcome: null },
      ]);
  });

  it('takes a withdrawn decision off the list', () => {
    spec
      .given([
        scheduled,
        inStream('schoolpolicy-s1.p2', schoolReview),
        inStream('schoolpolicy-s1.p2', {
          type: 'EntryWithdrawn',
          data: { eventId: 'event-2', entryType: 'PolicyReviewed', entry: schoolReview.data, reason: 'Wrong school' },
        }),
      ])
      .then(decisions, []);
  });
});
