import type { AuditItem, WithdrawalRequest, WriteAnswer } from '@governance/contracts';
import { api, seg } from '../api/client.js';
import { AppContext, actorName } from '../context.js';
import { h, replace } from '../dom.js';
import { formatInstant } from '../format.js';
import { notice, warningText } from '../ui.js';
import { FormKit } from './form-kit.js';

/**
 * "Withdraw this entry": a button under the entry that opens a check-your-answers panel (what
 * is withdrawn, a warning that it cannot be undone, the reason asked for) and sends
 * POST /entries/:eventId/withdrawal once. On success the entry is shown struck through with the
 * reason, as every history will show it from now on.
 */
export function withdrawControl(item: AuditItem, context: AppContext, headline: string, entry: () => HTMLElement | null): HTMLElement {
  const panelId = `withdraw-${item.position}`;
  const slot = h('div', { class: 'withdraw-slot' });
  const opener = h(
    'button',
    {
      type: 'button',
      class: 'button button-secondary button-small',
      'aria-expanded': 'false',
      'aria-controls': panelId,
      onclick: () => {
        opener.setAttribute('aria-expanded', 'true');
        opener.hidden = true;
        replace(slot, panel(item, context, headline, panelId, close, entry));
        slot.querySelector('textarea')?.focus();
      },
    },
    'Withdraw this entry',
  );
  const close = () => {
    replace(slot);
    opener.hidden = false;
    opener.setAttribute('aria-expanded', 'false');
    opener.focus();
  };
  return h('div', { class: 'withdraw' }, opener, slot);
}

function panel(item: AuditItem, context: AppContext, headline: string, id: string, close: () => void, entry: () => HTMLElement | null): HTMLElement {
  const kit = new FormKit('Withdraw this entry');
  kit.add(
    h('h3', {}, 'Withdraw this entry?'),
    h(
      'dl',
      { class: 'facts-list' },
      h('div', {}, h('dt', {}, 'Entry'), h('dd', {}, headline)),
      h('div', {}, h('dt', {}, 'Recorded'), h('dd', {}, `${formatInstant(item.occurredAt)} by ${actorName(context, item.actorId, item.actorRole)}`)),
    ),
    warningText('You cannot undo this. The entry stops counting in registers, figures and the clerk’s pack. It stays in the history, struck through, with your reason.'),
    kit.textarea('reason', 'Why are you withdrawing it?', { hint: 'For example: logged twice by mistake. Everyone who reads the history sees this.', rows: 3, required: true }),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'button button-warning' }, 'Withdraw entry'),
      h('button', { type: 'button', class: 'button button-secondary', onclick: close }, 'Cancel'),
    ),
  );
  kit.onSubmit(async () => {
    const reason = kit.value('reason');
    if (!reason) kit.fail([{ field: 'reason', message: 'Say why you are withdrawing this entry' }]);
    const body: WithdrawalRequest = { reason };
    await api<WriteAnswer>(`/api/trusts/${seg(context.trustId)}/entries/${seg(item.eventId ?? '')}/withdrawal`, {
      method: 'POST',
      idempotencyKey: kit.idempotencyKey,
      json: body,
    });
    const shown = entry();
    if (shown) markWithdrawn(shown, { reason, by: context.me.id, at: new Date().toISOString() }, context);
    return notice('success', h('p', { tabindex: -1 }, 'The entry is withdrawn. It no longer counts anywhere.'));
  }, 'Withdrawing…');
  return h('div', { id, class: 'withdraw-panel' }, kit.element());
}

/** Strikes an entry through and says why, in words (not by colour alone). */
export function markWithdrawn(entry: HTMLElement, withdrawn: { reason: string; by: string | null; at: string }, context: AppContext): void {
  entry.classList.add('entry-withdrawn');
  for (const part of entry.querySelectorAll<HTMLElement>('.entry-headline, .entry-details > li')) {
    if (part.querySelector(':scope > del')) continue;
    const del = h('del', {});
    del.append(...part.childNodes);
    part.append(del);
  }
  entry.querySelector('.entry-withdrawal')?.remove();
  // The opener goes; the panel stays, closed, with what was sent and the success message.
  entry.querySelector('.withdraw > button')?.remove();
  const note = withdrawalNote(withdrawn, context);
  const panel = entry.querySelector('.withdraw');
  if (panel) panel.before(note);
  else entry.append(note);
}

export function withdrawalNote(withdrawn: { reason: string; by: string | null; at: string }, context: AppContext): HTMLElement {
  return h(
    'p',
    { class: 'entry-withdrawal' },
    h('strong', {}, 'Withdrawn: '),
    withdrawn.reason,
    ` (by ${actorName(context, withdrawn.by)}, ${formatInstant(withdrawn.at)})`,
  );
}
