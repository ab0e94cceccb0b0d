import { api } from '../api/client.js';
import type { MeetingBody, MeetingRequest, WriteAnswer } from '@governance/contracts';
import { AppContext, mayDo } from '../context.js';
import { h } from '../dom.js';
import { FormKit, missing } from '../forms/form-kit.js';
import { optional, saved } from '../forms/form-parts.js';
import { formatDate } from '../format.js';
import { path, Route } from '../router.js';
import { PageView } from '../shell.js';
import { BODY_LABELS } from './meeting-words.js';
import { allowMeetings, MEETINGS_TRAIL } from './meetings-access.js';
import { atField, meetingsApi } from './meetings-api.js';

/**
 * "Set up a meeting": which body meets (the trust board, a school's local governing body, a
 * committee), on which day, with an optional title. The school and the committee's name show
 * only for the body that needs them; the server's refusals appear beside the fields.
 */
export async function newMeetingPage(route: Route, context: AppContext): Promise<PageView> {
  allowMeetings(context, mayDo(context.me, 'scheduleMeeting'));
  const kit = new FormKit('Set up a meeting');
  const chosenSchool = route.query.get('schoolId') ?? '';
  const body = kit.choices(
    'body',
    'Which body is meeting?',
    (Object.keys(BODY_LABELS) as MeetingBody[]).map((value) => ({ value, label: BODY_LABELS[value] })),
    { value: chosenSchool ? 'local-governing-body' : undefined },
  );
  const school = kit.select('schoolId', 'Which school’s local governing body?', [{ value: '', label: 'Choose a school' }, ...context.schools.map((entry) => ({ value: entry.id, label: entry.name }))], { value: chosenSchool });
  const committee = kit.input('committee', 'Name of the committee', { hint: 'For example Finance and Audit.', width: 'medium' });
  const reveal = () => {
    school.hidden = kit.value('body') !== 'local-governing-body';
    committee.hidden = kit.value('body') !== 'committee';
  };
  body.addEventListener('change', reveal);
  reveal();
  kit.add(
    body,
    school,
    committee,
    kit.date('date', 'Date of the meeting', { required: true }),
    kit.input('title', 'Title (optional)', { hint: 'For example Autumn term meeting.' }),
    kit.submit('Set up the meeting'),
  );
  kit.onSubmit(async () => {
    const chosen = kit.value('body') as MeetingBody | '';
    const problems = missing(kit, [['body', 'Choose which body is meeting'], ['date', 'Enter the date of the meeting']]);
    if (chosen === 'local-governing-body' && kit.value('schoolId') === '') problems.push({ field: 'schoolId', message: 'Choose the school whose local governing body is meeting' });
    if (chosen === 'committee' && kit.value('committee') === '') problems.push({ field: 'committee', message: 'Enter the name of the committee' });
    if (problems.length > 0 || chosen === '') return kit.fail(problems);
    const request: MeetingRequest = {
      body: chosen,
      date: kit.value('date'),
      schoolId: chosen === 'local-governing-body' ? kit.value('schoolId') : undefined,
      committee: chosen === 'committee' ? kit.value('committee') : undefined,
      title: optional(kit, 'title'),
    };
    let answer: WriteAnswer;
    try {
      answer = await api<WriteAnswer>(meetingsApi(context), { method: 'POST', idempotencyKey: kit.idempotencyKey, json: request });
    } catch (error) {
      throw atField(error, { 'unknown-school': 'schoolId' });
    }
    const after = `?after=${encodeURIComponent(answer.position)}`;
    return saved(`The meeting on ${formatDate(request.date)} is set up.`, [
      ['Open the meeting', `${path('meetings', answer.id)}${after}`],
      ['Back to the meetings', `/meetings${after}`],
    ]);
  });
  return { title: 'Set up a meeting', trail: MEETINGS_TRAIL, content: [h('p', { class: 'lead' }, 'Each member gets an email reminder a week before the meeting.'), kit.element()] };
}
