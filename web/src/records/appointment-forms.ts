import { api, ApiProblem } from '../api/client.js';
import type { AppointmentBody, AppointmentRequest, AppointmentRole, EndAppointmentRequest, WriteAnswer } from '@governance/contracts';
import { AppContext, mayDo } from '../context.js';
import { h } from '../dom.js';
import { FormKit, missing } from '../forms/form-kit.js';
import { optional, saved } from '../forms/form-parts.js';
import { formatDate } from '../format.js';
import { path, Route } from '../router.js';
import { PageView } from '../shell.js';
import { atField } from '../meetings/meetings-api.js';
import { allowRecords, RECORDS_TRAIL } from './records-access.js';
import { appointmentsOf, personApi } from './records-api.js';
import { APPOINTED_BY_SUGGESTIONS, BODY_WORDS, bodyOf, dayAfter, optionsOf, ROLE_WORDS, termEndAfter, termWords } from './records-words.js';

function personTrail(context: AppContext, personId: string): [string, string][] {
  return [...RECORDS_TRAIL, [context.names.get(personId) ?? 'Erased person', path('admin', 'governors', personId)]];
}

function backLinks(personId: string, position: string): [string, string][] {
  return [['Back to their records', `${path('admin', 'governors', personId)}?after=${encodeURIComponent(position)}`]];
}

/**
 * "Appoint": the body (the school or committee shown only for the body that needs one), role,
 * appointing body, first and last day. `?renew=<appointmentId>` fills it in from that appointment,
 * starting the day after its term ends, for the same length of term.
 */
export async function appointPage(route: Route, context: AppContext): Promise<PageView> {
  allowRecords(mayDo(context.me, 'makeAppointment'));
  const { personId } = route.params;
  const name = context.names.get(personId) ?? 'this person';
  const renewId = route.query.get('renew');
  const renewing = renewId ? (await appointmentsOf(context, personId)).find((item) => item.appointmentId === renewId) : undefined;
  const startsOn = renewing ? dayAfter(renewing.endsOn) : undefined;
  const years = renewing ? Math.max(1, Math.min(4, Math.round((Date.parse(renewing.endsOn) - Date.parse(renewing.startsOn)) / (365.25 * 86_400_000)))) : 4;
  const kit = new FormKit(renewing ? `Renew ${name}’s appointment` : `Appoint ${name}`);
  const body = kit.choices('body', 'Which body?', optionsOf(BODY_WORDS), { value: renewing?.body });
  const school = kit.select('schoolId', 'Which school’s local governing body?', [{ value: '', label: 'Choose a school' }, ...context.schools.map((entry) => ({ value: entry.id, label: entry.name }))], { value: renewing?.schoolId ?? '' });
  const committee = kit.input('committee', 'Name of the committee', { hint: 'As its meetings are named, for example Finance and Audit.', width: 'medium', value: renewing?.committee ?? '' });
  const reveal = () => {
    school.hidden = kit.value('body') !== 'local-governing-body';
    committee.hidden = kit.value('body') !== 'committee';
  };
  body.addEventListener('change', reveal);
  const suggestions = h('datalist', { id: 'appointed-by-suggestions' }, APPOINTED_BY_SUGGESTIONS.map((value) => h('option', { value })));
  const appointedBy = kit.input('appointedBy', 'Appointed by', { hint: 'Who appointed them, for example Members, Trust board, Parents (election), Diocese.', width: 'medium', value: renewing?.appointedBy ?? '' });
  appointedBy.querySelector('input')?.setAttribute('list', 'appointed-by-suggestions');
  kit.add(
    renewing ? h('p', { class: 'lead' }, `Renewing: ${ROLE_WORDS[renewing.role]}, ${bodyOf(renewing)}, ${termWords(renewing)}. The new term starts the day after.`) : null,
    body,
    school,
    committee,
    kit.select('role', 'Role', [{ value: '', label: 'Choose a role' }, ...optionsOf(ROLE_WORDS)], { value: renewing?.role ?? '' }),
    appointedBy,
    suggestions,
    kit.date('startsOn', 'First day of the term', { value: startsOn }),
    kit.date('endsOn', 'Last day of the term', { value: startsOn ? termEndAfter(startsOn, years) : undefined, hint: 'Day, month and year. A term is at most 4 years; serving longer is a renewal.' }),
    kit.submit(renewing ? 'Renew the appointment' : 'Appoint'),
  );
  reveal();
  kit.onSubmit(async () => {
    const chosen = kit.value('body') as AppointmentBody | '';
    const problems = missing(kit, [
      ['body', 'Choose which body they are appointed to'],
      ['role', 'Choose their role'],
      ['appointedBy', 'Enter who appointed them'],
      ['startsOn', 'Enter the first day of the term'],
      ['endsOn', 'Enter the last day of the term'],
    ]);
    if (chosen === 'local-governing-body' && kit.value('schoolId') === '') problems.push({ field: 'schoolId', message: 'Choose the school' });
    if (chosen === 'committee' && kit.value('committee') === '') problems.push({ field: 'committee', message: 'Enter the name of the committee' });
    if (problems.length > 0 || chosen === '') return kit.fail(problems);
    const request: AppointmentRequest = {
      body: chosen,
      schoolId: chosen === 'local-governing-body' ? kit.value('schoolId') : undefined,
      committee: chosen === 'committee' ? kit.value('committee') : undefined,
      role: kit.value('role') as AppointmentRole,
      appointedBy: kit.value('appointedBy'),
      startsOn: kit.value('startsOn'),
      endsOn: kit.value('endsOn'),
    };
    let answer: WriteAnswer;
    try {
      answer = await api<WriteAnswer>(personApi(context, personId, 'appointments'), { method: 'POST', idempotencyKey: kit.idempotencyKey, json: request });
    } catch (error) {
      throw atField(error, { 'unknown-school': 'schoolId', 'unknown-person': 'body' });
    }
    return saved(`${name} is appointed ${ROLE_WORDS[request.role].toLowerCase()} from ${formatDate(request.startsOn)} to ${formatDate(request.endsOn)}.`, backLinks(personId, answer.position));
  });
  return { title: renewing ? `Renew ${name}’s appointment` : `Appoint ${name}`, trail: personTrail(context, personId), content: kit.element() };
}

/** "End early": the last day held and the reason; the term stays in their history as ended. */
export async function endAppointmentPage(route: Route, context: AppContext): Promise<PageView> {
  allowRecords(mayDo(context.me, 'endAppointment'));
  const { personId, appointmentId } = route.params;
  const name = context.names.get(personId) ?? 'this person';
  const item = (await appointmentsOf(context, personId)).find((entry) => entry.appointmentId === appointmentId);
  if (!item) throw new ApiProblem(404, '/problems/not-found', 'Not Found', 'This appointment is not one of theirs.', []);
  const kit = new FormKit(`End ${name}’s appointment early`);
  kit.add(
    h('p', { class: 'lead' }, `${ROLE_WORDS[item.role]}, ${bodyOf(item)}: ${termWords(item)}.`),
    kit.date('endedOn', 'Last day they held it', { value: context.today, hint: 'Day, month and year: before the term’s last day, not before its first.' }),
    kit.textarea('reason', 'Reason', { rows: 3, hint: 'For example: resigned, left the school, removed by the members.' }),
    kit.submit('End the appointment'),
  );
  kit.onSubmit(async () => {
    const problems = missing(kit, [['endedOn', 'Enter the last day they held it']]);
    if (problems.length > 0) kit.fail(problems);
    const request: EndAppointmentRequest = { endedOn: kit.value('endedOn'), reason: optional(kit, 'reason') };
    let answer: WriteAnswer;
    try {
      answer = await api<WriteAnswer>(personApi(context, personId, 'appointments', appointmentId, 'end'), { method: 'POST', idempotencyKey: kit.idempotencyKey, json: request });
    } catch (error) {
      throw atField(error, { 'appointment-ended': 'endedOn' });
    }
    return saved(`The appointment ended on ${formatDate(request.endedOn)}. It stays in their past appointments.`, backLinks(personId, answer.position));
  });
  return { title: `End ${name}’s appointment early`, trail: personTrail(context, personId), content: kit.element() };
}
