import type { AuditItem } from '@governance/contracts';
import { AppContext, mayDo } from './context.js';
import { h } from './dom.js';
import { formatDate, formatInstant } from './format.js';
import { describe, describeInContext, happenedOn } from './history.js';
import { withdrawalNote, withdrawControl } from './forms/withdraw-entry.js';
import { recordedLaterWords } from './recorded-late.js';

/**
 * An audit trail as a list of readable entries, newest first. The entry at `highlight` (a write
 * just made) is marked "New" and can take focus, so the success link lands on it. A withdrawn
 * entry is struck through (<del>) with "Withdrawn: <reason>" in words; an entry the reader may
 * withdraw (the server says so per item, by the rule the withdrawal applies) offers it.
 */
export function historyList(
  items: AuditItem[],
  context: AppContext,
  options: {
    highlight?: string | null;
    policyTitle?: (policyId: string) => string | undefined;
    label: string;
    /** A list that mixes policies and schools: each sentence names its policy and school. */
    naming?: boolean;
  },
): HTMLElement {
  if (items.length === 0) return h('p', { class: 'empty' }, 'Nothing has been recorded yet.');
  return h(
    'ol',
    { class: 'history', 'aria-label': options.label },
    items.map((item) => {
      const { headline, details, document: linked } =
        options.naming && options.policyTitle ? describeInContext(item, context, options.policyTitle) : describe(item, context, options.policyTitle);
      const happened = happenedOn(item);
      const isNew = options.highlight === item.position;
      const withdrawn = item.withdrawn ?? null;
      const struck = (...children: (string | HTMLElement)[]) => (withdrawn ? h('del', {}, ...children) : children);
      const id = `entry-${item.position}`;
      const classes = ['entry', isNew ? 'entry-new' : '', withdrawn ? 'entry-withdrawn' : ''].filter(Boolean).join(' ');
      return h(
        'li',
        { id, class: classes, tabindex: isNew ? -1 : undefined, 'data-type': item.type },
        // The day it happened (a visit, a review) and the moment it was written down, which differ.
        h(
          'p',
          { class: 'entry-when' },
          happened ? [h('time', { datetime: happened, class: 'entry-happened' }, formatDate(happened)), ' · recorded '] : 'Recorded ',
          h('time', { datetime: item.occurredAt, class: 'entry-recorded' }, formatInstant(item.occurredAt)),
          // Recorded more than 30 days after its date: the figures for that date changed after the fact.
          item.recordedLate && happened ? [' ', h('span', { class: 'badge badge-late', 'data-testid': 'recorded-late' }, recordedLaterWords(happened, item.occurredAt))] : null,
          isNew ? h('span', { class: 'badge badge-new' }, 'New') : null,
        ),
        h('p', { class: 'entry-headline' }, struck(capitalise(headline))),
        details.length > 0 ? h('ul', { class: 'entry-details' }, details.map((line) => h('li', {}, struck(line)))) : null,
        linked ? h('p', { class: 'entry-document' }, h('a', { href: linked.href, rel: 'noopener noreferrer' }, linked.text)) : null,
        withdrawn ? withdrawalNote(withdrawn, context) : null,
        !withdrawn && item.mayWithdraw && mayDo(context.me, 'withdrawEntry')
          ? withdrawControl(item, context, capitalise(headline), () => document.getElementById(id))
          : null,
      );
    }),
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** After the page is shown, scroll to and focus the highlighted entry, if any. */
export function focusHighlighted(position: string | null): void {
  if (!position) return;
  requestAnimationFrame(() => {
    const entry = document.getElementById(`entry-${position}`);
    if (!entry) return;
    entry.scrollIntoView({ block: 'center' });
    entry.focus();
  });
}
