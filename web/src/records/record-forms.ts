import { api, ApiProblem } from '../api/client.js';
import type { DeclaredInterestRequest, DeclareInterestsRequest, InterestKind, RecordTrainingRequest, WriteAnswer } from '@governance/contracts';
import { AppContext } from '../context.js';
import { h } from '../dom.js';
import { FormKit, missing } from '../forms/form-kit.js';
import { optional, saved } from '../forms/form-parts.js';
import { formatDate } from '../format.js';
import { KIND_WORDS, optionsOf } from './records-words.js';
import { personApi } from './records-api.js';

/**
 * "Renew my declaration": every interest held (or held in the last 12 months) as a row of kind,
 * description, from and to, with "Add another interest" and "Remove"; or "I have nothing to
 * declare". A declaration is never changed: this records a new one, dated today.
 */
export function declarationForm(context: AppContext, personId: string, done: (position: string) => [string, string][]): HTMLElement {
  const kit = new FormKit('Renew the declaration of interests');
  const rows = h('div', { 'data-testid': 'interest-rows' });
  let next = 0;
  const liveRows = () => [...rows.querySelectorAll<HTMLElement>('fieldset.interest-row:not([hidden])')];
  const addRow = () => {
    const key = `r${next++}`;
    const row = h(
      'fieldset',
      { class: 'interest-row panel', 'data-row': key },
      h('legend', {}, 'Interest'),
      kit.select(`${key}.kind`, 'Kind of interest', [{ value: '', label: 'Choose the kind' }, ...optionsOf(KIND_WORDS)]),
      kit.input(`${key}.description`, 'Description', { hint: 'For example: Director of Hollins Building Services Ltd, a repairs contractor to the trust.' }),
      kit.date(`${key}.from`, 'From (optional)', { hint: 'When it started, day/month/year.' }),
      kit.date(`${key}.to`, 'To (optional)', { hint: 'When it ended, if it has.' }),
      h('div', { class: 'actions' }, h('button', { type: 'button', class: 'button button-secondary', onclick: () => removeRow(row) }, 'Remove this interest')),
    );
    rows.append(row);
    numberRows();
    return row;
  };
  const removeRow = (row: HTMLElement) => {
    // Hidden rather than taken out, so the form forgets it (hidden fields are neither sent nor summarised).
    row.hidden = true;
    numberRows();
    (rows.parentElement?.querySelector<HTMLElement>('[data-add]') ?? undefined)?.focus();
  };
  const numberRows = () => liveRows().forEach((row, index) => ((row.querySelector('legend') as HTMLElement).textContent = `Interest ${index + 1}`));
  const nothing = kit.choices('nothingToDeclare', 'Nothing to declare', [{ value: 'yes', label: 'I have nothing to declare' }], {
    type: 'checkbox',
    legendHidden: true,
    hint: 'Tick this only if you hold no business or pecuniary interest, and held none in the last 12 months.',
  });
  const interestsBlock = h(
    'div',
    {},
    rows,
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'button button-secondary', 'data-add': 'true', onclick: () => addRow().querySelector<HTMLElement>('select')?.focus() }, 'Add another interest')),
  );
  nothing.addEventListener('change', () => (interestsBlock.hidden = kit.value('nothingToDeclare') === 'yes'));
  addRow();
  kit.add(
    h('p', {}, 'List every business or pecuniary interest you hold, or held in the last 12 months: directorships, employment, shareholdings, other trusteeships or governorships, relatives on the staff, contracts with the trust.'),
    interestsBlock,
    nothing,
    kit.submit('Record the declaration'),
  );
  kit.onSubmit(async () => {
    const declaredOn = context.today;
    let keys: string[] = [];
    let interests: DeclaredInterestRequest[] = [];
    if (kit.value('nothingToDeclare') !== 'yes') {
      keys = liveRows().map((row) => row.dataset.row as string);
      const problems = keys.flatMap((key, index) =>
        missing(kit, [
          [`${key}.kind`, `Choose the kind of interest ${index + 1}`],
          [`${key}.description`, `Describe interest ${index + 1}`],
        ]),
      );
      if (keys.length === 0) problems.push({ field: 'nothingToDeclare', message: 'Add an interest, or tick “I have nothing to declare”' });
      if (problems.length > 0) kit.fail(problems);
      interests = keys.map((key) => ({ kind: kit.value(`${key}.kind`) as InterestKind, description: kit.value(`${key}.description`), from: optional(kit, `${key}.from`), to: optional(kit, `${key}.to`) }));
    }
    let answer: WriteAnswer;
    try {
      answer = await api<WriteAnswer>(personApi(context, personId, 'interests'), { method: 'POST', idempotencyKey: kit.idempotencyKey, json: { declaredOn, interests } satisfies DeclareInterestsRequest });
    } catch (error) {
      throw atRows(error, keys, 'interests', 'nothingToDeclare');
    }
    return saved(interests.length === 0 ? `The declaration of ${formatDate(declaredOn)} is recorded: nothing to declare.` : `The declaration of ${formatDate(declaredOn)} is recorded with ${interests.length === 1 ? '1 interest' : `${interests.length} interests`}.`, done(answer.position));
  });
  return kit.element();
}

/** "Record training": what, when, who provided it, how many hours. */
export function trainingForm(context: AppContext, personId: string, done: (position: string) => [string, string][]): HTMLElement {
  const kit = new FormKit('Record training');
  kit.add(
    kit.input('title', 'What was the training?', { hint: 'For example: Safeguarding for governors. A title with “safeguarding” in it counts as safeguarding training, for 3 years.' }),
    kit.date('completedOn', 'Date completed', { value: context.today }),
    kit.input('provider', 'Provider (optional)', { hint: 'For example: NGA, the local authority, the trust.', width: 'medium' }),
    kit.input('hours', 'Hours (optional)', { inputmode: 'decimal', width: 'short', hint: 'For example 2 or 1.5.' }),
    kit.submit('Record the training'),
  );
  kit.onSubmit(async () => {
    const problems = missing(kit, [['title', 'Enter what the training was'], ['completedOn', 'Enter the date it was completed']]);
    const hoursText = kit.value('hours');
    const hours = hoursText === '' ? undefined : Number(hoursText);
    if (hours !== undefined && !(hours > 0)) problems.push({ field: 'hours', message: 'Hours must be a number above 0, for example 2 or 1.5' });
    if (problems.length > 0) kit.fail(problems);
    const request: RecordTrainingRequest = { title: kit.value('title'), completedOn: kit.value('completedOn'), provider: optional(kit, 'provider'), hours };
    const answer = await api<WriteAnswer>(personApi(context, personId, 'training'), { method: 'POST', idempotencyKey: kit.idempotencyKey, json: request });
    return saved(`“${request.title}” on ${formatDate(request.completedOn)} is recorded.`, done(answer.position));
  });
  return kit.element();
}

/**
 * The API names `interests[1].to` (or `interests.1.to`); the form's fields are `<row>.to`. A problem
 * about the list as a whole goes to `fallback`.
 */
function atRows(error: unknown, keys: readonly string[], list: string, fallback: string): unknown {
  if (!(error instanceof ApiProblem)) return error;
  const errors = error.errors.map((problem) => {
    const found = new RegExp(`^${list}(?:\\[(\\d+)\\]|\\.(\\d+))\\.?(.*)$`).exec(problem.field);
    if (!found) return problem.field === list ? { field: fallback, message: problem.message } : problem;
    const key = keys[Number(found[1] ?? found[2])];
    return key ? { field: found[3] ? `${key}.${found[3]}` : key, message: problem.message } : problem;
  });
  return new ApiProblem(error.status, error.type, error.title, error.detail, errors, error.extensions);
}
