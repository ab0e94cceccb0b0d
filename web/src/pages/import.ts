import { api, seg } from '../api/client.js';
import type { DetectedPolicy, ImportAnswer, SourceLine } from '@governance/contracts';
import { AppContext, schoolName } from '../context.js';
import { h, replace } from '../dom.js';
import { FormKit } from '../forms/form-kit.js';
import { saved } from '../forms/form-parts.js';
import { formatDue } from '../format.js';
import { path } from '../router.js';
import { PageView } from '../shell.js';
import { notice, section } from '../ui.js';
import { APPROVER_LABELS } from '../vocabulary.js';

/** The corrections the import route accepts (form fields that win over what was detected). */
const CORRECTABLE = ['title', 'reviewCycleMonths', 'approvedBy', 'lastReviewedOn', 'approvedOn', 'nextReviewDue', 'statutory'] as const;
type Correctable = (typeof CORRECTABLE)[number];

/**
 * Import a policy document: upload it, check what was read (with the line each value came
 * from, and the warnings), correct anything wrong, then record it.
 */
export function importPage(_route: unknown, context: AppContext): Promise<PageView> {
  const result = h('div', { class: 'import-result' });
  const kit = new FormKit('Upload a policy document');
  const file = h('input', { type: 'file', name: 'file', accept: '.txt,.docx,.pdf,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
  const fileField = kit.input('file-placeholder', 'Policy document', { hint: 'A .docx, .pdf or .txt file, at most 10 MB.' });
  const placeholder = fileField.querySelector('input') as HTMLInputElement;
  file.id = placeholder.id;
  file.setAttribute('aria-describedby', placeholder.getAttribute('aria-describedby') ?? '');
  placeholder.replaceWith(file);
  kit.registerSlot('file', fileField, fileField.querySelector('.field-error') as HTMLElement, [file]);
  kit.add(
    fileField,
    kit.select('schoolId', 'Which school is it for?', [
      { value: '', label: 'The whole trust (a trust-wide policy)' },
      ...context.schools.map((school) => ({ value: school.id, label: school.name })),
    ]),
    kit.submit('Read the document'),
  );
  kit.onSubmit(async () => {
    const chosen = file.files?.[0];
    if (!chosen) return kit.fail([{ field: 'file', message: 'Choose the policy document to upload' }]);
    const schoolId = kit.value('schoolId');
    const answer = await send(context, chosen, schoolId, true, {});
    replace(result, review(context, chosen, schoolId, answer));
    return h('p', { tabindex: -1 }, 'The document is read. Check what was found below.');
  }, 'Reading the document…', { keepOpen: true });
  return Promise.resolve({
    title: 'Import policy documents',
    trail: [['Home', '/']],
    content: [
      h('p', { class: 'lead' }, 'Nothing is recorded until you have checked what was read and chosen “Record this policy”.'),
      kit.element(),
      result,
    ],
  });
}

function send(context: AppContext, file: File, schoolId: string, dryRun: boolean, corrections: Partial<Record<Correctable, string>>, idempotencyKey?: string): Promise<ImportAnswer> {
  const form = new FormData();
  form.append('file', file, file.name);
  if (schoolId) form.append('schoolId', schoolId);
  form.append('dryRun', String(dryRun));
  for (const [name, value] of Object.entries(corrections)) if (value !== undefined) form.append(name, value);
  return api<ImportAnswer>(`/api/trusts/${seg(context.trustId)}/policy-imports`, { method: 'POST', form, idempotencyKey });
}

function sourceHint(answer: ImportAnswer, field: Correctable): string | undefined {
  const source: SourceLine | null = answer.sources[field];
  if (!source || !source.text) return 'Not found in the document.';
  return `Read from line ${source.line}: “${source.text.trim().slice(0, 140)}”.`;
}

/** What was detected, as a form of corrections, with the lists and warnings beside it. */
function review(context: AppContext, file: File, schoolId: string, answer: ImportAnswer): HTMLElement {
  const d: DetectedPolicy = answer.detected;
  const initial: Record<Correctable, string> = {
    title: d.title ?? '',
    reviewCycleMonths: d.reviewCycleMonths === null ? '' : String(d.reviewCycleMonths),
    approvedBy: d.approvedBy ?? '',
    lastReviewedOn: d.lastReviewedOn ?? '',
    approvedOn: d.approvedOn ?? '',
    nextReviewDue: d.nextReviewDue ?? '',
    statutory: d.statutory === null ? '' : String(d.statutory),
  };
  const kit = new FormKit('Check and correct what was read');
  const dateHint = (field: Correctable) => `${sourceHint(answer, field)} Write a date (2025-03-14), a month (2025-03) or a term (2025-spring).`;
  kit.add(
    kit.input('title', 'Title', { value: initial.title, hint: sourceHint(answer, 'title') }),
    kit.input('reviewCycleMonths', 'Reviewed every (months)', { type: 'number', min: 1, max: 60, value: initial.reviewCycleMonths, width: 'short', hint: sourceHint(answer, 'reviewCycleMonths') }),
    kit.select('approvedBy', 'Approved by', [{ value: '', label: 'Not stated' }, ...Object.entries(APPROVER_LABELS).map(([value, label]) => ({ value, label }))], {
      value: initial.approvedBy,
      hint: sourceHint(answer, 'approvedBy'),
    }),
    kit.input('lastReviewedOn', 'Last reviewed', { value: initial.lastReviewedOn, width: 'medium', hint: dateHint('lastReviewedOn') }),
    kit.input('approvedOn', 'Approved on', { value: initial.approvedOn, width: 'medium', hint: dateHint('approvedOn') }),
    kit.input('nextReviewDue', 'Next review due', { value: initial.nextReviewDue, width: 'medium', hint: dateHint('nextReviewDue') }),
    kit.choices('statutory', 'Is it a statutory policy?', [
      { value: 'true', label: 'Yes' },
      { value: 'false', label: 'No' },
    ], { value: initial.statutory, inline: true, hint: sourceHint(answer, 'statutory') }),
    kit.submit('Record this policy'),
  );
  kit.onSubmit(async () => {
    const corrections: Partial<Record<Correctable, string>> = {};
    for (const name of CORRECTABLE) {
      const value = kit.value(name);
      if (value !== '' && value !== initial[name]) corrections[name] = value;
    }
    const done = await send(context, file, schoolId, false, corrections, kit.idempotencyKey);
    const links: [string, string][] =
      schoolId && done.policyId
        ? [['See the policy and its history', `${path('schools', schoolId, 'policies', done.policyId)}?entry=${encodeURIComponent(done.position ?? '')}`]]
        : [['See the compliance overview', '/compliance']];
    return saved(`“${corrections.title ?? initial.title}” is recorded${schoolId ? ` for ${schoolName(context, schoolId)}` : ' for the whole trust'}.`, links);
  }, 'Recording…');
  const facts = (label: string, items: string[]) =>
    h('div', {}, h('dt', {}, label), h('dd', {}, items.length === 0 ? 'None found' : items.length === 1 ? items[0] : h('ul', {}, items.map((item) => h('li', {}, item)))));
  return section(
    `What was read from ${file.name}`,
    answer.warnings.length > 0
      ? notice('warning', h('p', {}, h('strong', {}, 'Check these:')), h('ul', {}, answer.warnings.map((warning) => h('li', {}, warning))))
      : null,
    h(
      'dl',
      { class: 'facts-list' },
      facts('Trust named', d.trustName ? [d.trustName] : []),
      facts('School named', d.schoolName ? [d.schoolName] : []),
      facts('Legislation', d.legislation),
      facts('Linked policies', d.linkedPolicies),
      facts('Roles named', d.roles),
      facts('Equality impact assessment', d.eia?.present ? [`Included${d.eia.completedOn ? `, completed ${formatDue(d.eia.completedOn)}` : ''}${d.eia.fullAssessmentRequired ? '; a full assessment is required' : ''}`] : []),
    ),
    kit.element(),
  );
}
