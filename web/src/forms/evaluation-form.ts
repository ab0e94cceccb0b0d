import { api, FieldProblem } from '../api/client.js';
import type { EvaluationForm, EvaluationRequest, WriteAnswer } from '@governance/contracts';
import { AppContext, can } from '../context.js';
import { h } from '../dom.js';
import { Route } from '../router.js';
import { PageView } from '../shell.js';
import { EVALUATION_ANSWERS } from '../vocabulary.js';
import { FormKit, missing } from './form-kit.js';
import { optional, saved } from './form-parts.js';
import { historyLinks, policyContext, refuseUnless, schoolPolicyPath } from './policy-forms.js';

type Answer = EvaluationRequest['checklist'][number]['answer'];

/**
 * The policy evaluation, laid out like the paper form: each point to be considered answered
 * Yes, No or N/A with its evidence, then a statement of the policy's overall effectiveness.
 * Each row's answers are a fieldset whose (hidden) legend is the point, so a screen reader user
 * hears "Funding in place" before the three choices.
 */
export async function evaluationPage(route: Route, context: AppContext): Promise<PageView> {
  const [{ row, trail, policyRoute }, { points }] = await Promise.all([policyContext(route, context), api<EvaluationForm>('/api/evaluation-form')]);
  refuseUnless(can.evaluatePolicy(context.me, route.params.schoolId), 'Evaluations are recorded by the school’s headteacher or staff, or a trust administrator.');
  const kit = new FormKit('Evaluate this policy');
  kit.add(
    kit.date('evaluatedOn', 'Date of the evaluation', { value: context.today, required: true }),
    checklist(kit, points),
    kit.textarea('effectivenessStatement', 'A statement outlining the overall effectiveness of this policy', {
      hint: 'In your words, as on the paper form: for example “It is effective and suitable for purpose”, or what is not yet working and what will be done.',
      required: true,
    }),
    kit.submit('Record the evaluation'),
  );
  kit.onSubmit(async () => {
    const problems: FieldProblem[] = missing(kit, [
      ['evaluatedOn', 'Enter the date of the evaluation'],
      ['effectivenessStatement', 'Write a statement of the policy’s overall effectiveness'],
    ]);
    const answers = points.map((point, index) => ({ point, answer: kit.value(`checklist.${index}.answer`) as Answer | '', evidence: optional(kit, `checklist.${index}.evidence`) }));
    if (answers.every(({ answer }) => answer === '')) {
      // One message, not 26, for a checklist not started.
      problems.push({ field: 'checklist', message: 'Answer each point Yes, No or N/A (“Answer “Yes” to every point” fills the ones left)' });
    } else {
      answers.forEach(({ point, answer }, index) => {
        if (answer === '') problems.push({ field: `checklist.${index}.answer`, message: `Answer Yes, No or N/A for “${point}”` });
      });
    }
    if (problems.length > 0) kit.fail(problems);
    const answer = await api<WriteAnswer>(`${schoolPolicyPath(context, route.params.schoolId, row.policyId)}/evaluations`, {
      method: 'POST',
      idempotencyKey: kit.idempotencyKey,
      json: {
        evaluatedOn: kit.value('evaluatedOn'),
        checklist: answers.map(({ point, answer: choice, evidence }) => ({ point, answer: choice as Answer, ...(evidence ? { evidence } : {}) })),
        effectivenessStatement: kit.value('effectivenessStatement'),
      } satisfies EvaluationRequest,
    });
    return saved('The evaluation is recorded.', historyLinks(policyRoute, answer));
  });
  return {
    title: `Evaluate this policy: ${row.title}`,
    trail,
    content: [
      h('p', { class: 'lead' }, 'How well the policy works in practice at this school. The register and the clerk’s termly pack show the statement of effectiveness and any point answered No.'),
      kit.element(),
    ],
  };
}

function checklist(kit: FormKit, points: readonly string[]): HTMLElement {
  const error = h('p', { class: 'field-error', id: 'checklist-error', hidden: true });
  const table = h(
    'table',
    { class: 'eia-grid checklist-grid', 'data-testid': 'evaluation-checklist' },
    h('caption', {}, 'Points to be considered'),
    h('thead', {}, h('tr', {}, ['Point', 'Yes, No or N/A', 'Please supply evidence (optional)'].map((label) => h('th', { scope: 'col' }, label)))),
    h(
      'tbody',
      {},
      points.map((point, index) => {
        const choice = kit.choices(`checklist.${index}.answer`, point, EVALUATION_ANSWERS.map((a) => ({ value: a.key, label: a.label })), { inline: true, legendHidden: true });
        const evidence = kit.input(`checklist.${index}.evidence`, `Evidence for “${point}” (optional)`, { autocomplete: 'off' });
        evidence.querySelector('label')?.classList.add('visually-hidden');
        // On a phone the columns stack, so the evidence box says what it is (screen readers have the label).
        evidence.prepend(h('p', { class: 'cell-question', 'aria-hidden': 'true' }, 'Evidence (optional)'));
        return h('tr', {}, h('th', { scope: 'row' }, point), h('td', {}, choice), h('td', {}, evidence));
      }),
    ),
  );
  const controls = [...table.querySelectorAll('input')];
  const wrapper = h(
    'div',
    { class: 'field checklist' },
    h('p', { class: 'hint' }, 'Answer every point. N/A is for a point that does not apply to this policy; say why in the evidence if it helps.'),
    error,
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'button button-secondary', onclick: () => answerAll(table, 'yes') }, 'Answer “Yes” to every point')),
    h('div', { class: 'eia-wrap' }, table),
  );
  kit.registerSlot('checklist', wrapper, error, controls);
  return wrapper;
}

/** Fills every point not yet answered, so a school that meets most points changes only the rest. */
function answerAll(table: HTMLTableElement, answer: Answer): void {
  for (const row of table.tBodies[0].rows) {
    const radios = [...row.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    if (!radios.some((radio) => radio.checked)) {
      const wanted = radios.find((radio) => radio.value === answer);
      if (wanted) wanted.checked = true;
    }
  }
}
