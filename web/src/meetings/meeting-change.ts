import { api } from '../api/client.js';
import type { CancelMeetingRequest, RescheduleMeetingRequest, WriteAnswer } from '@governance/contracts';
import { AppContext, mayDo } from '../context.js';
import { h } from '../dom.js';
import { FormKit, missing } from '../forms/form-kit.js';
import { optional, saved } from '../forms/form-parts.js';
import { formatDate } from '../format.js';
import { path, Route } from '../router.js';
import { PageView } from '../shell.js';
import { warningText } from '../ui.js';
import { meetingName } from './meeting-words.js';
import { allowMeetings, MEETINGS_TRAIL } from './meetings-access.js';
import { meeting, meetingsApi } from './meetings-api.js';

/** Moving a meeting to another date. */
export async function moveMeetingPage(route: Route, context: AppContext): Promise<PageView> {
  const view = await meeting(context, route.params.meetingId);
  allowMeetings(context, mayDo(context.me, 'rescheduleMeeting', view.schoolId ?? undefined));
  const name = `${meetingName(context, view)}, ${formatDate(view.date)}`;
  const kit = new FormKit(`Move ${name}`);
  kit.add(kit.date('date', 'New date of the meeting', { required: true }), kit.submit('Move the meeting'));
  kit.onSubmit(async () => {
    const problems = missing(kit, [['date', 'Enter the new date of the meeting']]);
    if (problems.length > 0) kit.fail(problems);
    const request: RescheduleMeetingRequest = { date: kit.value('date') };
    const answer = await api<WriteAnswer>(meetingsApi(context, view.id, 'reschedule'), { method: 'POST', idempotencyKey: kit.idempotencyKey, json: request });
    return saved(`The meeting is moved to ${formatDate(request.date)}. Members are reminded a week before the new date.`, [['Back to the meeting', `${path('meetings', view.id)}?after=${encodeURIComponent(answer.position)}`]]);
  });
  return { title: 'Move a meeting', trail: [...MEETINGS_TRAIL, [name, path('meetings', view.id)]], content: [h('p', { class: 'lead' }, `${name} is moved to the date you give.`), kit.element()] };
}

/** Cancelling a meeting, confirmed on its own page: it stays listed, marked cancelled. */
export async function cancelMeetingPage(route: Route, context: AppContext): Promise<PageView> {
  const view = await meeting(context, route.params.meetingId);
  allowMeetings(context, mayDo(context.me, 'cancelMeeting', view.schoolId ?? undefined));
  const name = `${meetingName(context, view)}, ${formatDate(view.date)}`;
  const kit = new FormKit(`Cancel ${name}`);
  kit.add(
    warningText('A cancelled meeting cannot be moved, take attendance or record decisions. Set up a new meeting instead if it will take place on another day.'),
    kit.textarea('reason', 'Reason (optional)', { rows: 3, hint: 'For example “Not quorate: too many apologies”.' }),
    kit.submit('Yes, cancel the meeting'),
  );
  kit.onSubmit(async () => {
    const request: CancelMeetingRequest = { reason: optional(kit, 'reason') };
    const answer = await api<WriteAnswer>(meetingsApi(context, view.id, 'cancellation'), { method: 'POST', idempotencyKey: kit.idempotencyKey, json: request });
    return saved('The meeting is cancelled. It stays in the list of meetings, marked cancelled.', [
      ['Back to the meeting', `${path('meetings', view.id)}?after=${encodeURIComponent(answer.position)}`],
      ['Back to the meetings', `/meetings?after=${encodeURIComponent(answer.position)}`],
    ]);
  });
  return {
    title: 'Cancel a meeting',
    trail: [...MEETINGS_TRAIL, [name, path('meetings', view.id)]],
    content: [h('p', { class: 'lead' }, `Are you sure you want to cancel ${name}?`), kit.element(), h('p', {}, h('a', { href: `#${path('meetings', view.id)}` }, 'No, keep the meeting'))],
  };
}
