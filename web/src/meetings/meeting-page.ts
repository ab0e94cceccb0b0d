import type { MeetingDecision, MeetingView } from '@governance/contracts';
import { policies } from '../admin/admin-api.js';
import { AppContext, mayDo, schoolName } from '../context.js';
import { Child, h, replace } from '../dom.js';
import { formatDate } from '../format.js';
import { path, Route } from '../router.js';
import { PageView } from '../shell.js';
import { actions, buttonLink, notice, scrollingTable, section } from '../ui.js';
import { attendanceForm } from './attendance-form.js';
import { decisionForm } from './decision-form.js';
import { agendaAndMinutesSlot } from './meeting-slots.js';
import { attendanceLabel, BODY_LABELS, DECISION_OPTIONS, meetingName, quorumWords } from './meeting-words.js';
import { allowMeetings, MEETINGS_TRAIL } from './meetings-access.js';
import { meeting } from './meetings-api.js';

/**
 * One meeting: its details (moved or cancelled from here), then its agenda, papers, documents
 * and actions (meeting-slots.ts), the attendance with the quorum in words, and the decisions
 * taken in order with their minute references, with the form to record another.
 */
export async function meetingPage(route: Route, context: AppContext): Promise<PageView> {
  allowMeetings(context, mayDo(context.me, 'getMeeting'));
  const view = await meeting(context, route.params.meetingId, route.query.get('after') ?? undefined);
  const where = view.schoolId ?? undefined;
  const live = !view.cancelled;
  const held = view.date <= context.today;
  const decisions = h('div', { 'data-testid': 'decisions' }, decisionList(context, view.decisions));
  const refresh = async (position: string) => replace(decisions, decisionList(context, (await meeting(context, view.id, position)).decisions));
  const mayDecide = live && held && mayDo(context.me, 'recordDecision', where);
  return {
    title: `${meetingName(context, view)}, ${formatDate(view.date)}`,
    trail: MEETINGS_TRAIL,
    content: [
      view.cancelled ? notice('warning', h('p', {}, h('strong', {}, 'This meeting was cancelled.'), ' It takes no attendance or decisions.')) : null,
      details(context, view),
      actions(
        live && mayDo(context.me, 'rescheduleMeeting', where) ? buttonLink(`${path('meetings', view.id)}/move`, 'Move this meeting', true) : null,
        live && mayDo(context.me, 'cancelMeeting', where) ? buttonLink(`${path('meetings', view.id)}/cancel`, 'Cancel this meeting', true) : null,
      ),
      await agendaAndMinutesSlot(context, view),
      section('Attendance', attendance(context, view, live && mayDo(context.me, 'recordAttendance', where))),
      section(
        'Decisions',
        decisions,
        mayDecide ? [h('h3', {}, 'Record a decision'), decisionForm(context, view, await policies(context), (position) => void refresh(position))] : null,
        live && !held && mayDo(context.me, 'recordDecision', where) ? h('p', {}, 'Decisions can be recorded once the meeting has taken place.') : null,
      ),
    ],
  };
}

function details(context: AppContext, view: MeetingView): HTMLElement {
  const item = (term: string, ...value: Child[]) => h('div', {}, h('dt', {}, term), h('dd', {}, ...value));
  return h(
    'dl',
    { class: 'summary-list', 'data-testid': 'meeting-details' },
    item('Body', BODY_LABELS[view.body]),
    view.body === 'local-governing-body' ? item('School', schoolName(context, view.schoolId)) : null,
    view.committee ? item('Committee', view.committee) : null,
    item('Date', formatDate(view.date)),
    view.title ? item('Title', view.title) : null,
    item('Status', view.cancelled ? 'Cancelled' : view.date < context.today ? 'Held' : view.date === context.today ? 'Today' : 'To come'),
  );
}

/** "Quorate. 3 of 3 members present; the quorum is 3: quorate.", or that nothing is recorded yet. */
function quorumLine(view: MeetingView): HTMLElement {
  if (view.attendance.length === 0) return h('p', {}, 'No attendance is recorded yet.');
  return h('p', { class: view.quorate ? 'quorum quorate' : 'quorum not-quorate', 'data-testid': 'quorum' }, h('strong', {}, view.quorate ? 'Quorate. ' : 'Not quorate. '), quorumWords(view));
}

function attendance(context: AppContext, view: MeetingView, mayRecord: boolean): Child {
  const recorded = view.attendance.length > 0;
  const status = h('div', {}, quorumLine(view));
  return [
    status,
    recorded && !mayRecord
      ? h(
          'ul',
          { class: 'plain-list' },
          view.attendance.map((line) => h('li', {}, `${context.names.get(line.personId) ?? 'A member'}: ${attendanceLabel(line.status)}`)),
        )
      : null,
    mayRecord ? attendanceForm(context, view, (now) => replace(status, quorumLine(now))) : null,
    mayDo(context.me, 'personAttendance') && view.memberIds.length > 0
      ? h(
          'details',
          {},
          h('summary', {}, 'Each member’s attendance this year'),
          h('ul', { class: 'plain-list' }, view.memberIds.map((personId) => h('li', {}, h('a', { href: `#${path('people', personId, 'attendance')}` }, context.names.get(personId) ?? 'A member')))),
        )
      : null,
  ];
}

function decisionList(context: AppContext, decisions: MeetingDecision[]): HTMLElement {
  if (decisions.length === 0) return h('p', {}, 'No decisions are recorded yet.');
  const what = (decision: MeetingDecision) => {
    const kind = DECISION_OPTIONS.find((option) => option.value === decision.kind)?.label.replace(/ \(.*\)$/, '') ?? decision.kind;
    if (decision.kind === 'note') return decision.text ?? '';
    const version = decision.version !== null ? `, version ${decision.version}` : '';
    const school = decision.schoolId ? ` at ${schoolName(context, decision.schoolId)}` : '';
    const outcome = decision.outcome ? ` (${decision.outcome === 'amended' ? 'amended' : 'no change'})` : '';
    return `${kind}: ${decision.policyTitle ?? 'a policy'}${version}${school}${outcome}`;
  };
  return scrollingTable(
    'Decisions taken',
    h(
      'table',
      { 'data-testid': 'decisions-table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Minute reference'), h('th', { scope: 'col' }, 'Decision'))),
      h('tbody', {}, decisions.map((decision) => h('tr', {}, h('td', {}, decision.minuteRef), h('td', {}, what(decision))))),
    ),
  );
}
