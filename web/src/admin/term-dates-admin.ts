import { api, ApiProblem } from '../api/client.js';
import type { TermDates, TermDatesRequest, WriteAnswer } from '@governance/contracts';
import { AppContext, mayDo } from '../context.js';
import { h } from '../dom.js';
import { FormKit } from '../forms/form-kit.js';
import { saved } from '../forms/form-parts.js';
import { formatTerm } from '../format.js';
import { Route } from '../router.js';
import { PageView } from '../shell.js';
import { ADMIN_TRAIL, allowOnly } from './admin-access.js';
import { termDates, trustApi } from './admin-api.js';

/**
 * The trust's term dates: this academic year's and the next's six terms, each a first and last
 * day. Only the terms changed are sent; the others keep their dates.
 */
export async function termDatesPage(_route: Route, context: AppContext): Promise<PageView> {
  allowOnly(mayDo(context.me, 'setTermDates'));
  const view = await termDates(context);
  const kit = new FormKit('Term dates');
  for (const term of view.terms) {
    kit.add(
      h(
        'fieldset',
        { class: 'field term-dates' },
        h('legend', {}, formatTerm(term.term), term.overridden ? '' : h('span', { class: 'tag' }, 'usual dates')),
        kit.date(`startsOn.${term.term}`, `First day of ${formatTerm(term.term)}`, { value: term.startsOn, hint: 'For example 03/09/2026.' }),
        kit.date(`endsOn.${term.term}`, `Last day of ${formatTerm(term.term)}`, { value: term.endsOn, hint: 'For example 18/12/2026.' }),
      ),
    );
  }
  kit.add(kit.submit('Save the term dates'));
  kit.onSubmit(async () => {
    const changed: TermDates[] = view.terms
      .map((term) => ({ term: term.term, startsOn: kit.value(`startsOn.${term.term}`), endsOn: kit.value(`endsOn.${term.term}`), was: term }))
      .filter(({ startsOn, endsOn, was }) => startsOn !== was.startsOn || endsOn !== was.endsOn)
      .map(({ term, startsOn, endsOn }) => ({ term, startsOn, endsOn }));
    const empty = changed.flatMap((term) => (['startsOn', 'endsOn'] as const).filter((end) => term[end] === '').map((end) => ({ field: `${end}.${term.term}`, message: `Enter the ${end === 'startsOn' ? 'first' : 'last'} day of ${formatTerm(term.term)}` })));
    if (empty.length > 0) kit.fail(empty);
    if (changed.length === 0) kit.fail([{ field: `startsOn.${view.terms[0]?.term}`, message: 'Nothing has changed: change a date, or go back' }]);
    let answer: WriteAnswer;
    try {
      answer = await api<WriteAnswer>(trustApi(context, 'term-dates'), { method: 'PUT', idempotencyKey: kit.idempotencyKey, json: { terms: changed } satisfies TermDatesRequest });
    } catch (error) {
      throw placed(error, changed);
    }
    return saved(`The dates of ${changed.map((term) => formatTerm(term.term)).join(', ')} are saved.`, [['Back to Manage the trust', '/admin'], ['See the term dates', `/admin/term-dates?after=${encodeURIComponent(answer.position)}`]]);
  });
  return {
    title: 'Term dates',
    trail: ADMIN_TRAIL,
    content: [h('p', { class: 'lead' }, 'A review due “next term” falls due on the first day of that term. Terms you do not change keep their usual dates.'), kit.element()],
  };
}

/** The API names `terms.0.startsOn`; the form's fields are `startsOn.<term>`. */
function placed(error: unknown, sent: TermDates[]): unknown {
  if (!(error instanceof ApiProblem)) return error;
  const errors = error.errors.map((problem) => {
    const match = /^terms\.(\d+)\.(startsOn|endsOn|term)$/.exec(problem.field);
    const term = match ? sent[Number(match[1])]?.term : undefined;
    return term ? { field: `${match?.[2] === 'endsOn' ? 'endsOn' : 'startsOn'}.${term}`, message: problem.message } : problem;
  });
  return new ApiProblem(error.status, error.type, error.title, error.detail, errors);
}
