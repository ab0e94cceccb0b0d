import { api, ApiProblem } from '../api/client.js';
import type { AttendanceLine, AttendanceRequest, AttendanceStatus, MeetingView, WriteAnswer } from '@governance/contracts';
import { AppContext } from '../context.js';
import { h } from '../dom.js';
import { FormKit } from '../forms/form-kit.js';
import { saved } from '../forms/form-parts.js';
import { path } from '../router.js';
import { ATTENDANCE_OPTIONS } from './meeting-words.js';
import { meeting, meetingsApi } from './meetings-api.js';

/**
 * The attendance form: each member of the body with the four statuses as radios (what was
 * recorded last chosen to start with). After saving, `onSaved` gets the meeting as the server
 * now has it, to show the quorum in words.
 */
export function attendanceForm(context: AppContext, view: MeetingView, onSaved: (now: MeetingView) => void): HTMLElement {
  const recorded = new Map(view.attendance.map((line) => [line.personId, line.status]));
  const people = view.memberIds;
  if (people.length === 0) {
    return h('p', {}, 'This body has no members yet: give people the trustee role (the trust board and its committees) or the governor role at the school (a local governing body), then record the attendance.');
  }
  const kit = new FormKit('Attendance');
  const nameOf = (personId: string) => context.names.get(personId) ?? 'A member';
  kit.add(
    people.map((personId) =>
      kit.choices(`status.${personId}`, nameOf(personId), ATTENDANCE_OPTIONS, { value: recorded.get(personId), inline: true }),
    ),
    kit.submit('Save the attendance'),
  );
  kit.onSubmit(async () => {
    const unanswered = people.filter((personId) => kit.value(`status.${personId}`) === '');
    if (unanswered.length > 0) kit.fail(unanswered.map((personId) => ({ field: `status.${personId}`, message: `Choose whether ${nameOf(personId)} was present, sent apologies or was absent` })));
    const attendance: AttendanceLine[] = people.map((personId) => ({ personId, status: kit.value(`status.${personId}`) as AttendanceStatus }));
    let answer: WriteAnswer;
    try {
      answer = await api<WriteAnswer>(meetingsApi(context, view.id, 'attendance'), { method: 'POST', idempotencyKey: kit.idempotencyKey, json: { attendance } satisfies AttendanceRequest });
    } catch (error) {
      throw placed(error, people);
    }
    const now = await meeting(context, view.id, answer.position);
    onSaved(now);
    return saved(`The attendance is saved: ${now.quorate ? 'quorate' : 'not quorate'}.`, [['Change the attendance', `${path('meetings', view.id)}?after=${encodeURIComponent(answer.position)}`]]);
  });
  return kit.element();
}

/** The API names `attendance[2].status`; the form's fields are `status.<personId>`. */
function placed(error: unknown, people: readonly string[]): unknown {
  if (!(error instanceof ApiProblem)) return error;
  const errors = error.errors.map((problem) => {
    const match = /^attendance\[(\d+)\]/.exec(problem.field);
    const personId = match ? people[Number(match[1])] : undefined;
    return personId ? { field: `status.${personId}`, message: problem.message } : problem;
  });
  return new ApiProblem(error.status, error.type, error.title, error.detail, errors, error.extensions);
}
