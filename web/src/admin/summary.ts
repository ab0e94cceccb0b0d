import type { WriteAnswer } from '@governance/contracts';
import { Child, h } from '../dom.js';
import { FormKit } from '../forms/form-kit.js';
import { warningText } from '../ui.js';

/** The GOV.UK summary list and check-your-answers page, for the trust-admin area. */

export interface SummaryRow {
  key: string;
  value: Child;
  /** A "Change" link: [route, what it changes, for screen readers]. */
  change?: [string, string];
}

/** Question and answer rows, each with an optional "Change" link at the end of the row. */
export function summaryList(rows: SummaryRow[], testId?: string): HTMLDListElement {
  return h(
    'dl',
    { class: 'answers-list', 'data-testid': testId },
    rows.map((row) =>
      h(
        'div',
        { class: 'answers-row' },
        h('dt', {}, row.key),
        h('dd', {}, row.value === '' || row.value === null || row.value === undefined ? h('span', { class: 'empty' }, 'Not given') : row.value),
        // Always there, so the answers line up whether or not a row can be changed.
        h('dd', { class: 'answers-action' }, row.change ? h('a', { href: `#${row.change[0]}` }, 'Change', h('span', { class: 'visually-hidden' }, ` ${row.change[1]}`)) : null),
      ),
    ),
  );
}


/**
 * Check your answers before something that cannot be undone: what will happen as a summary
 * list, a warning, and one confirming button (one Idempotency-Key for the page, disabled while
 * sending, replaced by what was done once it is done) with a way back.
 */
export function checkAnswers(options: {
  label: string;
  rows: SummaryRow[];
  warning: string;
  confirm: string;
  back: [string, string];
  send: (idempotencyKey: string) => Promise<WriteAnswer>;
  done: (answer: WriteAnswer) => Child;
}): HTMLElement {
  const kit = new FormKit(options.label);
  kit.add(
    warningText(options.warning),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'button button-warning' }, options.confirm),
      h('a', { href: `#${options.back[1]}`, class: 'button button-secondary' }, options.back[0]),
    ),
  );
  kit.onSubmit(async () => options.done(await options.send(kit.idempotencyKey)));
  return h('div', {}, h('h2', {}, 'Check before you confirm'), summaryList(options.rows, 'check-answers'), kit.element());
}
