import type { RegisterRow } from '@governance/contracts';
import { h } from '../dom.js';
import { formatTerm, termsAround } from '../format.js';
import { FormKit, Option } from './form-kit.js';

/** Pieces several forms share: the success message, term choosers, policy checklists, lists. */

/** "Saved" with a link to the new audit entry; it takes focus so screen readers announce it. */
export function saved(message: string, links: [string, string][]): HTMLElement {
  return h(
    'div',
    { class: 'notice notice-success', tabindex: -1, 'data-testid': 'saved' },
    h('p', {}, h('strong', {}, message)),
    h('ul', { class: 'plain-list' }, links.map(([label, route]) => h('li', {}, h('a', { href: `#${route}` }, label)))),
  );
}

export function termOptions(current: string, before = 3, after = 3): Option[] {
  return termsAround(current, before, after).map((term) => ({ value: term, label: formatTerm(term) }));
}

/** Checkboxes for the school's policies, `preselected` ticked. */
export function policyChoices(kit: FormKit, rows: RegisterRow[], legend: string, preselected: string[], hint?: string): HTMLFieldSetElement {
  const sorted = [...rows].sort((a, b) => a.title.localeCompare(b.title));
  const fieldset = kit.choices('policyIds', legend, sorted.map((row) => ({ value: row.policyId, label: row.title })), {
    type: 'checkbox',
    value: preselected,
    hint,
  });
  fieldset.classList.add('choices-columns');
  return fieldset;
}

/** Text with one item a line, as a list (blank lines and bullet marks dropped). */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*[-*•▪]\s*/, '').trim())
    .filter((line) => line !== '');
}

/** The text of a control, or undefined when blank: left out of the JSON body, as "not given". */
export function optional(kit: FormKit, name: string): string | undefined {
  const value = kit.value(name);
  return value === '' ? undefined : value;
}
