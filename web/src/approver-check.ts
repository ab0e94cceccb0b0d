import type { RegisterRow } from '@governance/contracts';
import { Child, h } from './dom.js';
import { APPROVER_LABELS } from './vocabulary.js';

/**
 * "Approved by Headteacher (expected Local governing body)" with a flag when the body differs
 * from the one the scheme of delegation gives: "Exception" (recorded with a reason, it counts)
 * or "Wrong body" (it does not count). The flag is a word, not only a colour.
 */
export function approvedByText(row: Pick<RegisterRow, 'adoptedVersion' | 'approvedBy' | 'approvedByExpected' | 'approvedByOk' | 'approvedByException'>): Child {
  if (row.adoptedVersion === null) return '–';
  if (!row.approvedBy) return 'Not recorded';
  const recorded = APPROVER_LABELS[row.approvedBy] ?? row.approvedBy;
  const exception = row.approvedByException ?? null;
  if (row.approvedByOk !== false && exception === null) return recorded;
  const expected = row.approvedByExpected ? (APPROVER_LABELS[row.approvedByExpected] ?? row.approvedByExpected) : 'another body';
  return h(
    'span',
    { class: 'approver-check', 'data-testid': 'approver-flag' },
    `${recorded} (expected ${expected}) `,
    exception !== null
      ? h('span', { class: 'badge badge-exception', title: exception }, h('span', { 'aria-hidden': 'true' }, '⚑ '), 'Exception')
      : h('span', { class: 'badge badge-wrong-body' }, h('span', { 'aria-hidden': 'true' }, '✗ '), 'Wrong body'),
    exception !== null ? h('span', { class: 'exception-reason' }, ` Reason: ${exception}`) : null,
  );
}
