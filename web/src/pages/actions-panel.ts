import { api, query, seg } from '../api/client.js';
import type { ActionItem, CompleteActionRequest, WriteAnswer } from '@governance/contracts';
import { AppContext, can, schoolName } from '../context.js';
import { h, replace } from '../dom.js';
import { FormKit, missing } from '../forms/form-kit.js';
import { optional } from '../forms/form-parts.js';
import { formatDate, plural } from '../format.js';
import { section } from '../ui.js';

/** Actions on the home page (the person's own, with "Mark as done") and on a school's page (its open ones). */

const RECENTLY_DONE = 5;

/** "Overdue" in words (and a badge), never by colour alone. */
function dueText(action: ActionItem): (HTMLElement | string)[] {
  if (action.status === 'overdue') return [h('span', { class: 'badge status-overdue' }, 'Overdue'), ` was due ${formatDate(action.dueOn)}`];
  return [`Due ${formatDate(action.dueOn)}`];
}

function actionLine(context: AppContext, action: ActionItem, showOwner: boolean): HTMLElement[] {
  return [
    h('strong', {}, action.title),
    h(
      'p',
      { class: 'action-meta' },
      ...dueText(action),
      ` · ${action.sourceInWords}`,
      action.schoolId ? ` · ${schoolName(context, action.schoolId)}` : '',
      showOwner ? ` · ${action.ownerName ?? 'an erased person'}` : '',
    ),
  ];
}

/** The "Mark as done" form of one action: the date and a note, with errors beside the fields. */
function doneForm(context: AppContext, action: ActionItem, refresh: (position: string) => Promise<void>): HTMLElement {
  const kit = new FormKit(`Mark as done: ${action.title}`);
  kit.add(
    kit.date('completedOn', 'Date done', { value: context.today, required: true }),
    kit.textarea('note', 'Note (optional)', { rows: 2, hint: 'What was done, for the governors and the clerk.' }),
    kit.submit('Confirm done'),
  );
  kit.onSubmit(async () => {
    const problems = missing(kit, [['completedOn', 'Enter the date the action was done']]);
    if (problems.length > 0) kit.fail(problems);
    const body: CompleteActionRequest = { completedOn: kit.value('completedOn'), note: optional(kit, 'note') };
    const answer = await api<WriteAnswer>(`/api/trusts/${seg(context.trustId)}/actions/${seg(action.id)}/completion`, { method: 'POST', idempotencyKey: kit.idempotencyKey, json: body });
    await refresh(answer.position);
  });
  return h('details', { class: 'action-done' }, h('summary', {}, 'Mark as done'), kit.element());
}

/** Each person's own actions: open ones by due date, each with "Mark as done"; those done lately below. */
export async function myActionsSection(context: AppContext): Promise<HTMLElement> {
  const body = h('div', { 'data-testid': 'my-actions' });
  const render = async (minPosition?: string, done?: string) => {
    const mine = await api<ActionItem[]>('/api/me/actions', { minPosition });
    const open = mine.filter((action) => action.status !== 'done');
    const finished = mine.filter((action) => action.status === 'done').slice(0, RECENTLY_DONE);
    const overdue = open.filter((action) => action.status === 'overdue').length;
    const mayComplete = can.completeAction(context.me);
    replace(
      body,
      done ? h('div', { class: 'notice notice-success', tabindex: -1, 'data-testid': 'saved' }, h('p', {}, h('strong', {}, `“${done}” is marked as done.`))) : '',
      open.length === 0
        ? h('p', {}, 'You have no open actions.')
        : [
            h('p', {}, `${plural(open.length, 'open action')}${overdue > 0 ? `, ${overdue} overdue` : ''}.`),
            h(
              'ul',
              { class: 'plain-list action-list', 'aria-label': 'Your open actions' },
              open.map((action) => h('li', { 'data-testid': 'open-action' }, ...actionLine(context, action, false), mayComplete ? doneForm(context, action, (position) => render(position, action.title)) : null)),
            ),
          ],
      finished.length === 0
        ? ''
        : [
            h('h3', {}, 'Done lately'),
            h(
              'ul',
              { class: 'plain-list action-list', 'aria-label': 'Your actions done lately' },
              finished.map((action) =>
                h('li', { 'data-testid': 'done-action' }, h('strong', {}, action.title), h('p', { class: 'action-meta' }, `Done ${formatDate(action.completedOn)}`, action.note ? `: ${action.note}` : '')),
              ),
            ),
          ],
    );
    body.querySelector<HTMLElement>('[data-testid="saved"]')?.focus();
  };
  await render();
  return section('Your actions', body);
}

/** A school's open actions, soonest due first, with who owns each. */
export async function schoolActionsSection(context: AppContext, schoolId: string): Promise<HTMLElement | null> {
  if (!can.readActions(context.me, schoolId)) return null;
  const open = await api<ActionItem[]>(`/api/trusts/${seg(context.trustId)}/actions${query({ status: 'open', schoolId })}`);
  return section(
    'Open actions',
    open.length === 0
      ? h('p', {}, 'The school has no open actions.')
      : h('ul', { class: 'plain-list action-list', 'data-testid': 'school-actions' }, open.map((action) => h('li', {}, ...actionLine(context, action, true)))),
  );
}
