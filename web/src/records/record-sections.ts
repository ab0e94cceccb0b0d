import type { DeclarationItem, PersonInterests, PersonTraining } from '@governance/contracts';
import { AppContext } from '../context.js';
import { h } from '../dom.js';
import { formatDate, plural } from '../format.js';
import { scrollingTable } from '../ui.js';
import { KIND_WORDS, recordBadge } from './records-words.js';

/** A person's declarations and training as read back: the status in words, then the history, latest first. */

export function declarationStatusLine(interests: PersonInterests): HTMLElement {
  const words =
    interests.status === 'done'
      ? `Done: the last declaration was made on ${formatDate(interests.lastDeclaredOn)}. Renew it by ${formatDate(interests.overdueAfter)}.`
      : interests.status === 'due'
        ? `Due: the last declaration was made on ${formatDate(interests.lastDeclaredOn)}. Renew it by ${formatDate(interests.overdueAfter)}.`
        : interests.status === 'overdue'
          ? interests.lastDeclaredOn
            ? `Overdue: the last declaration was made on ${formatDate(interests.lastDeclaredOn)}, more than a year ago.`
            : 'Overdue: no declaration has been made yet.'
          : 'Not required: only governors and trustees must declare their interests every year.';
  return h('p', { 'data-testid': 'declaration-status' }, h('strong', {}, 'Declaration of interests: '), recordBadge(interests.status), ' ', words);
}

export function trainingStatusLine(training: PersonTraining): HTMLElement {
  const { safeguarding } = training;
  const words =
    safeguarding.status === 'done'
      ? `Done: safeguarding training on ${formatDate(safeguarding.lastCompletedOn)}, valid until ${formatDate(safeguarding.expiresOn)}.`
      : safeguarding.status === 'due'
        ? `Due: the safeguarding training of ${formatDate(safeguarding.lastCompletedOn)} stops counting on ${formatDate(safeguarding.expiresOn)}.`
        : safeguarding.status === 'overdue'
          ? safeguarding.lastCompletedOn
            ? `Overdue: the safeguarding training of ${formatDate(safeguarding.lastCompletedOn)} stopped counting on ${formatDate(safeguarding.expiresOn)}.`
            : 'Overdue: no safeguarding training is recorded.'
          : 'Not required: only governors and trustees must keep safeguarding training up to date.';
  return h('p', { 'data-testid': 'safeguarding-status' }, h('strong', {}, 'Safeguarding training: '), recordBadge(safeguarding.status), ' ', words);
}

function declarationEntry(context: AppContext, declaration: DeclarationItem): HTMLElement {
  const by = declaration.declaredBy === context.me.id ? 'you' : (context.names.get(declaration.declaredBy) ?? 'the clerk');
  return h(
    'li',
    { class: 'panel-item' },
    h('h3', {}, `Declared on ${formatDate(declaration.declaredOn)}`),
    h('p', { class: 'hint' }, `Recorded by ${by}.`),
    declaration.nothingToDeclare
      ? h('p', {}, 'Nothing to declare.')
      : h(
          'ul',
          { class: 'plain-list' },
          declaration.interests.map((interest) =>
            h(
              'li',
              {},
              h('strong', {}, KIND_WORDS[interest.kind]),
              ': ',
              interest.description ?? '(no longer held)',
              interest.from || interest.to ? h('span', { class: 'hint' }, ` (${interest.from ? `from ${formatDate(interest.from)}` : ''}${interest.from && interest.to ? ' ' : ''}${interest.to ? `to ${formatDate(interest.to)}` : ''})`) : null,
            ),
          ),
        ),
  );
}

/** Every declaration, latest first (the server's order). */
export function declarationHistory(context: AppContext, interests: PersonInterests): HTMLElement {
  if (interests.declarations.length === 0) return h('p', { 'data-testid': 'declarations' }, 'No declaration has been made yet.');
  return h('ol', { class: 'plain-list', 'data-testid': 'declarations' }, interests.declarations.map((declaration) => declarationEntry(context, declaration)));
}

export function trainingHistory(training: PersonTraining): HTMLElement {
  if (training.training.length === 0) return h('p', { 'data-testid': 'training' }, 'No training is recorded yet.');
  return scrollingTable(
    'Training recorded',
    h(
      'table',
      { 'data-testid': 'training' },
      h('thead', {}, h('tr', {}, ['Date', 'Training', 'Provider', 'Hours'].map((heading) => h('th', { scope: 'col' }, heading)))),
      h(
        'tbody',
        {},
        training.training.map((item) =>
          h(
            'tr',
            {},
            h('td', {}, formatDate(item.completedOn)),
            h('td', {}, item.title ?? '', item.safeguarding ? h('span', { class: 'hint' }, ' (counts as safeguarding)') : null),
            h('td', {}, item.provider ?? ''),
            h('td', {}, item.hours === null ? '' : plural(item.hours, 'hour')),
          ),
        ),
      ),
    ),
  );
}
