import { api } from '../api/client.js';
import type { AgendaItemRequest, AgendaItemView, AgendaOrderRequest, MeetingAgenda, MeetingView, PapersSentRequest, WriteAnswer } from '@governance/contracts';
import { AppContext, mayDo } from '../context.js';
import { h, replace, visuallyHidden } from '../dom.js';
import { FormKit } from '../forms/form-kit.js';
import { optional } from '../forms/form-parts.js';
import { formatDate } from '../format.js';
import { notice, problemNotice, section } from '../ui.js';
import { AGENDA_KIND_LABELS, itemDateWords, papersWords } from './agenda-words.js';
import { atField, meetingsApi } from './meetings-api.js';

/**
 * The meeting's agenda: its items in order (each with Remove and Move up/down for the clerk),
 * "Add an item", and the papers (sent on a day, or the last day to send them). Every change
 * re-reads the agenda as the server has it after the write. A meeting before today refuses
 * changes: the server's message shows where the change was asked.
 */
export async function agendaSection(context: AppContext, view: MeetingView): Promise<HTMLElement> {
  const body = h('div', { 'data-testid': 'agenda' });
  const draw = async (minPosition?: string, done?: Done) => {
    const agenda = await api<MeetingAgenda>(meetingsApi(context, view.id, 'agenda'), { minPosition });
    replace(body, ...agendaContent(context, view, agenda, (position, next) => void draw(position, next)));
    if (!done) return;
    // Keyboard users stay where they were: on the same button of the moved item, else the message.
    const status = body.querySelector<HTMLElement>('[data-testid="agenda-status"]');
    if (status) replace(status, h('p', { tabindex: -1 }, done.message));
    const again = done.focus ? body.querySelector<HTMLElement>(`button[data-item="${CSS.escape(done.focus)}"]`) : null;
    (again ?? status?.querySelector<HTMLElement>('p'))?.focus();
  };
  await draw();
  return section('Agenda', body);
}

/** What a change did, said under the agenda; `focus` names the button (item id and action) to return to. */
interface Done {
  message: string;
  focus?: string;
}

type Changed = (position: string, done: Done) => void;

function agendaContent(context: AppContext, view: MeetingView, agenda: MeetingAgenda, changed: Changed): HTMLElement[] {
  const where = view.schoolId ?? undefined;
  const live = !view.cancelled;
  const status = h('div', { class: 'form-status', role: 'status', 'data-testid': 'agenda-status' });
  const send = async (apiPath: string, json: unknown, done: Done) => {
    replace(status, h('p', {}, 'Saving…'));
    try {
      const answer = await api<WriteAnswer>(apiPath, { method: 'POST', json });
      changed(answer.position, done);
    } catch (error) {
      replace(status, problemNotice(error));
    }
  };
  const mayRemove = live && mayDo(context.me, 'removeAgendaItem', where);
  const mayReorder = live && mayDo(context.me, 'reorderAgenda', where);
  const ids = agenda.items.map((item) => item.id);
  const move = (from: number, to: number, label: string) => {
    const order = [...ids];
    [order[from], order[to]] = [order[to], order[from]];
    const item = agenda.items[from];
    void send(meetingsApi(context, view.id, 'agenda', 'order'), { order } satisfies AgendaOrderRequest, {
      message: `“${item.title}” is now item ${to + 1}.`,
      focus: `${item.id} ${label}`,
    });
  };
  const button = (label: string, item: AgendaItemView, onclick: () => void) =>
    h('button', { type: 'button', class: 'button button-secondary button-small', 'data-item': `${item.id} ${label}`, onclick }, label, visuallyHidden(` ${item.title}`));
  const list =
    agenda.items.length === 0
      ? h('p', {}, 'Nothing is on the agenda yet.')
      : h(
          'ol',
          { class: 'agenda-list', 'data-testid': 'agenda-items' },
          agenda.items.map((item, index) =>
            h(
              'li',
              { class: 'agenda-item' },
              h('p', {}, h('strong', {}, item.title), item.overdue ? [' ', h('span', { class: 'badge badge-late' }, 'Overdue')] : null),
              h(
                'p',
                { class: 'hint' },
                [AGENDA_KIND_LABELS[item.kind], item.schoolName, item.personName, itemDateWords(item)].filter((part): part is string => Boolean(part)).join(' · '),
              ),
              item.details ? h('p', {}, item.details) : null,
              mayRemove || mayReorder
                ? h(
                    'div',
                    { class: 'actions' },
                    mayReorder && index > 0 ? button('Move up', item, () => move(index, index - 1, 'Move up')) : null,
                    mayReorder && index < ids.length - 1 ? button('Move down', item, () => move(index, index + 1, 'Move down')) : null,
                    mayRemove ? button('Remove', item, () => void send(meetingsApi(context, view.id, 'agenda', 'items', item.id, 'removal'), {}, { message: `“${item.title}” is taken off the agenda.` })) : null,
                  )
                : null,
            ),
          ),
        );
  return [
    list,
    status,
    live && mayDo(context.me, 'addAgendaItem', where) ? h('div', {}, h('h3', {}, 'Add an item'), addItemForm(context, view, changed)) : h('div'),
    h('div', {}, h('h3', {}, 'Papers'), papers(context, view, agenda, changed)),
  ];
}

function addItemForm(context: AppContext, view: MeetingView, changed: Changed): HTMLElement {
  const kit = new FormKit('Add an item to the agenda');
  kit.add(
    kit.input('title', 'Title of the item', { hint: 'For example Declarations of interest.', required: true }),
    kit.textarea('details', 'Details (optional)', { rows: 3 }),
    kit.submit('Add the item'),
  );
  kit.onSubmit(async () => {
    if (kit.value('title') === '') kit.fail([{ field: 'title', message: 'Enter the title of the item' }]);
    const request: AgendaItemRequest = { title: kit.value('title'), details: optional(kit, 'details') };
    let answer: WriteAnswer;
    try {
      answer = await api<WriteAnswer>(meetingsApi(context, view.id, 'agenda', 'items'), { method: 'POST', idempotencyKey: kit.idempotencyKey, json: request });
    } catch (error) {
      throw atField(error, { 'meeting-in-past': 'title', 'meeting-cancelled': 'title' });
    }
    changed(answer.position, { message: `“${request.title}” is added to the agenda.` });
  });
  return kit.element();
}

function papers(context: AppContext, view: MeetingView, agenda: MeetingAgenda, changed: Changed): HTMLElement[] {
  const said = agenda.papers
    ? notice(agenda.papers.onTime ? 'success' : 'warning', h('p', { 'data-testid': 'papers' }, papersWords(agenda.papers)))
    : h('p', { 'data-testid': 'papers' }, `The papers are not recorded as sent. The last day to send them, with seven clear days before the meeting, is ${formatDate(agenda.papersDueBy)}.`);
  if (view.cancelled || !mayDo(context.me, 'recordPapersSent', view.schoolId ?? undefined)) return [said];
  const kit = new FormKit('Record that the papers were sent');
  kit.add(
    kit.date('sentOn', 'Date the papers were sent', { value: context.today, required: true }),
    kit.submit(agenda.papers ? 'Record another date' : 'Record that the papers were sent'),
  );
  kit.onSubmit(async () => {
    if (kit.value('sentOn') === '') kit.fail([{ field: 'sentOn', message: 'Enter the date the papers were sent' }]);
    let answer: WriteAnswer;
    try {
      answer = await api<WriteAnswer>(meetingsApi(context, view.id, 'papers'), { method: 'POST', idempotencyKey: kit.idempotencyKey, json: { sentOn: kit.value('sentOn') } satisfies PapersSentRequest });
    } catch (error) {
      throw atField(error, { 'papers-not-yet-sent': 'sentOn', 'papers-after-meeting': 'sentOn', 'meeting-in-past': 'sentOn', 'meeting-cancelled': 'sentOn' });
    }
    changed(answer.position, { message: `The papers are recorded as sent on ${formatDate(kit.value('sentOn'))}.` });
  });
  return [said, kit.element()];
}
