import { api } from '../api/client.js';
import type { ActionItem, ActionStatus, MeetingView, OpenActionRequest, WriteAnswer } from '@governance/contracts';
import { trustApi } from '../admin/admin-api.js';
import { AppContext, mayDo } from '../context.js';
import { h, replace } from '../dom.js';
import { FormKit } from '../forms/form-kit.js';
import { saved } from '../forms/form-parts.js';
import { formatDate } from '../format.js';
import { path } from '../router.js';
import { scrollingTable, section } from '../ui.js';
import { meeting } from './meetings-api.js';

const STATUS_WORDS: Record<ActionStatus, string> = { open: 'Open', overdue: 'Overdue', done: 'Done' };

/** The actions this meeting set (owner, due date, status) and "Add an action" from it. */
export function meetingActionsSection(context: AppContext, view: MeetingView): HTMLElement {
  const list = h('div', { 'data-testid': 'meeting-actions' }, actionList(view.actions));
  const where = view.schoolId ?? undefined;
  // Those who record the meeting's decisions record the actions it set (a link governor may
  // open actions only from their own visits).
  const mayOpen = !view.cancelled && mayDo(context.me, 'openAction', where) && mayDo(context.me, 'recordDecision', where);
  return section(
    'Actions',
    list,
    mayOpen ? [h('h3', {}, 'Add an action'), actionForm(context, view, async (position) => replace(list, actionList((await meeting(context, view.id, position)).actions)))] : null,
  );
}

function actionList(items: ActionItem[]): HTMLElement {
  if (items.length === 0) return h('p', {}, 'No actions were set at this meeting.');
  return scrollingTable(
    'Actions set at this meeting',
    h(
      'table',
      {},
      h('thead', {}, h('tr', {}, ['Action', 'Owner', 'Due', 'Status'].map((title) => h('th', { scope: 'col' }, title)))),
      h('tbody', {}, items.map((item) => h('tr', {}, h('td', {}, item.title), h('td', {}, item.ownerName ?? 'A former member'), h('td', {}, formatDate(item.dueOn)), h('td', {}, STATUS_WORDS[item.status])))),
    ),
  );
}

function actionForm(context: AppContext, view: MeetingView, added: (position: string) => Promise<void>): HTMLElement {
  const people = [...context.names.entries()].sort(([, a], [, b]) => a.localeCompare(b));
  const kit = new FormKit('Add an action');
  kit.add(
    kit.input('title', 'What is to be done', { required: true }),
    kit.select('ownerId', 'Who will do it', [{ value: '', label: 'Choose a person' }, ...people.map(([value, label]) => ({ value, label }))], { required: true }),
    kit.date('dueOn', 'Due date', { required: true }),
    kit.submit('Add the action'),
  );
  kit.onSubmit(async () => {
    const problems = [
      kit.value('title') === '' ? { field: 'title', message: 'Enter what is to be done' } : null,
      kit.value('ownerId') === '' ? { field: 'ownerId', message: 'Choose who will do it' } : null,
      kit.value('dueOn') === '' ? { field: 'dueOn', message: 'Enter the due date' } : null,
    ].filter((problem) => problem !== null);
    if (problems.length > 0) kit.fail(problems);
    const request: OpenActionRequest = { title: kit.value('title'), ownerId: kit.value('ownerId'), dueOn: kit.value('dueOn'), source: { kind: 'meeting', id: view.id } };
    const answer = await api<WriteAnswer>(trustApi(context, 'actions'), { method: 'POST', idempotencyKey: kit.idempotencyKey, json: request });
    await added(answer.position);
    return saved(`The action “${request.title}” is added.`, [['Add another action', `${path('meetings', view.id)}?after=${encodeURIComponent(answer.position)}`]]);
  });
  return kit.element();
}
