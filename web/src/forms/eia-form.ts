import { api, FieldProblem } from '../api/client.js';
import type { EiaRequest, RegisterRow, WriteAnswer } from '@governance/contracts';
import { AppContext, can } from '../context.js';
import { h } from '../dom.js';
import { Route } from '../router.js';
import { PageView } from '../shell.js';
import { CHARACTERISTICS, EIA_ANSWERS, EIA_AUDIENCES, EIA_QUESTIONS } from '../vocabulary.js';
import { FormKit, missing } from './form-kit.js';
import { optional, saved } from './form-parts.js';
import { historyLinks, policyContext, refuseUnless, schoolPolicyPath } from './policy-forms.js';

/**
 * The initial equality impact assessment, laid out like the paper form: the nine Equality Act
 * characteristics against its three questions, each answered Yes, No or Not sure. Every cell is
 * a fieldset whose (hidden) legend names both the group and the question, so a screen reader
 * user hears "Age: negative impact?" before the three choices.
 */
export async function eiaPage(route: Route, context: AppContext): Promise<PageView> {
  const { row, trail, policyRoute } = await policyContext(route, context);
  refuseUnless(can.recordPolicyWork(context.me, route.params.schoolId), 'Equality impact assessments are recorded by the school’s headteacher or staff, or a trust administrator.');
  const kit = new FormKit('Record an equality impact assessment');
  kit.add(
    versionField(kit, row),
    kit.date('completedOn', 'Date completed', { value: context.today, required: true }),
    kit.choices('affects', 'Who does this policy affect? (optional)', EIA_AUDIENCES.map((a) => ({ value: a.key, label: a.label })), { type: 'checkbox', inline: true }),
    grid(kit),
    kit.choices('fullAssessmentRequired', 'Is a full equality impact assessment required?', [
      { value: 'false', label: 'No, the initial assessment is enough' },
      { value: 'true', label: 'Yes, a full assessment is required' },
    ]),
    kit.textarea('conclusion', 'Conclusion', {
      hint: 'In your words, as on the paper form: for example “After an initial assessment we conclude a full assessment is not required.”',
      required: true,
    }),
    kit.input('approvedBy', 'Approved by (optional)', { hint: 'The name of whoever approved the assessment, as on the paper form.', autocomplete: 'off' }),
    kit.date('approvedOn', 'Date approved (optional)'),
    kit.submit('Record the assessment'),
  );
  kit.onSubmit(async () => {
    const problems: FieldProblem[] = missing(kit, [
      ['completedOn', 'Enter the date the assessment was completed'],
      ['fullAssessmentRequired', 'Say whether a full assessment is required'],
      ['conclusion', 'Write the conclusion'],
    ]);
    const impacts: Record<string, Record<string, string>> = {};
    for (const characteristic of CHARACTERISTICS) {
      impacts[characteristic.key] = {};
      for (const question of EIA_QUESTIONS) {
        const name = `impacts.${characteristic.key}.${question.key}`;
        const answer = kit.value(name);
        if (answer === '') problems.push({ field: name, message: `Answer “${question.short}” for ${characteristic.label.toLowerCase()}` });
        impacts[characteristic.key][question.key] = answer;
      }
    }
    if (problems.length > 0) kit.fail(problems);
    const answer = await api<WriteAnswer>(`${schoolPolicyPath(context, route.params.schoolId, row.policyId)}/eia`, {
      method: 'POST',
      idempotencyKey: kit.idempotencyKey,
      json: {
        version: kit.value('version') === '' ? undefined : Number(kit.value('version')),
        completedOn: kit.value('completedOn'),
        impacts,
        fullAssessmentRequired: kit.value('fullAssessmentRequired') === 'true',
        conclusion: kit.value('conclusion'),
        affects: kit.values('affects'),
        approvedBy: optional(kit, 'approvedBy'),
        approvedOn: optional(kit, 'approvedOn'),
      } satisfies EiaRequest,
    });
    return saved('The equality impact assessment is recorded.', historyLinks(policyRoute, answer));
  });
  return { title: `Equality impact assessment: ${row.title}`, trail, content: kit.element() };
}

/**
 * The version the assessment is for: an EIA belongs to one version, and adopting a later one
 * makes it out of date. Defaults to the version the school adopted; before any adoption the
 * API refuses the EIA, so the form leaves the choice empty and shows why.
 */
function versionField(kit: FormKit, row: RegisterRow): HTMLElement {
  const adopted = row.adoptedVersion;
  if (adopted === null) {
    return kit.select('version', 'Version assessed', [{ value: '', label: 'No version adopted yet' }], {
      hint: 'An assessment is for a version the school has adopted: record the adoption first.',
    });
  }
  const versions = Array.from({ length: adopted }, (_, i) => adopted - i);
  return kit.select(
    'version',
    'Version assessed',
    versions.map((v) => ({ value: String(v), label: v === adopted ? `Version ${v} (adopted)` : `Version ${v}` })),
    { value: String(adopted), hint: `The school has adopted version ${adopted}; an assessment of an earlier version does not count for it.` },
  );
}

function grid(kit: FormKit): HTMLElement {
  const error = h('p', { class: 'field-error', id: 'impacts-error', hidden: true });
  const table = h(
    'table',
    { class: 'eia-grid' },
    h('caption', {}, 'Impact on each protected characteristic (Equality Act 2010)'),
    h(
      'thead',
      {},
      h('tr', {}, h('th', { scope: 'col' }, 'Group'), EIA_QUESTIONS.map((question) => h('th', { scope: 'col' }, question.label))),
    ),
    h(
      'tbody',
      {},
      CHARACTERISTICS.map((characteristic) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, characteristic.label),
          EIA_QUESTIONS.map((question) => {
            const cell = kit.choices(`impacts.${characteristic.key}.${question.key}`, `${characteristic.label}: ${question.short}`, EIA_ANSWERS.map((a) => ({ value: a.key, label: a.label })), {
              inline: true,
              legendHidden: true,
            });
            // On a phone the columns stack, so each cell shows its question (screen readers have the legend).
            cell.prepend(h('p', { class: 'cell-question', 'aria-hidden': 'true' }, question.short));
            return h('td', {}, cell);
          }),
        ),
      ),
    ),
  );
  const controls = [...table.querySelectorAll('input')];
  const wrapper = h(
    'div',
    { class: 'field eia' },
    h('p', { class: 'hint' }, 'For each group, answer the three questions of the initial assessment. “Not sure” is a fair answer; it shows where more evidence is needed.'),
    error,
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'button button-secondary', onclick: () => setAll(table, 'negativeImpact', 'no') }, 'Answer “No” to every negative impact')),
    h('div', { class: 'eia-wrap' }, table),
  );
  kit.registerSlot('impacts', wrapper, error, controls);
  return wrapper;
}

function setAll(table: HTMLTableElement, question: string, answer: string): void {
  for (const input of table.querySelectorAll<HTMLInputElement>(`input[name$=".${question}"][value="${answer}"]`)) input.checked = true;
}
