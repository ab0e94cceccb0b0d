import { ApiProblem } from '../api/client.js';
import type { StaffImportReport } from '@governance/contracts';
import { AppContext, mayDo, schoolName } from '../context.js';
import { h, replace } from '../dom.js';
import { FormKit } from '../forms/form-kit.js';
import { plural } from '../format.js';
import { Route, path } from '../router.js';
import { PageView } from '../shell.js';
import { actions, notice, problemNotice } from '../ui.js';
import { currentStaff } from './current-staff.js';
import { sendStaffList, StaffImportMode } from './staff-api.js';
import { changeSentence, nothingToChange, problemLineCount, reportView } from './staff-report.js';

/**
 * A school's staff list from its MIS: upload the CSV, read the dry run (added, changing, leaving,
 * problem lines), then apply it, or only its clean lines. Nothing changes before "Apply".
 */
export function staffPage(route: Route, context: AppContext): Promise<PageView> {
  const schoolId = route.params.schoolId;
  const name = schoolName(context, schoolId);
  const trail: [string, string][] = [['Home', '/'], [name, path('schools', schoolId)]];
  const readingLink = mayDo(context.me, 'acknowledgementProgress', schoolId)
    ? h('p', {}, h('a', { href: `#${path('schools', schoolId, 'reading')}` }, 'See who has read and acknowledged the school’s policies'))
    : null;
  if (!mayDo(context.me, 'importStaff', schoolId)) {
    return Promise.resolve({
      title: `${name}: staff list`,
      trail,
      content: [problemNotice(new ApiProblem(403, 'about:blank', 'Forbidden', 'Only a trust admin or the school’s headteacher imports its staff list.', [])), readingLink],
    });
  }
  const result = h('div', { 'aria-live': 'polite' });
  // Who is on the staff now, under the form; read again once an import is applied.
  const current = mayDo(context.me, 'schoolStaff', schoolId) ? currentStaff(context, schoolId, name) : null;
  const refreshStaff = (position: string | null) => void current?.refresh(position ?? undefined);
  const kit = new FormKit('Upload the staff list');
  const file = h('input', { type: 'file', name: 'file', accept: '.csv,text/csv' });
  const fileField = kit.input('file-placeholder', 'Staff list (CSV file)', { hint: 'A .csv file of at most 2 MB (5,000 people), as your MIS exports it.' });
  const placeholder = fileField.querySelector('input') as HTMLInputElement;
  file.id = placeholder.id;
  file.setAttribute('aria-describedby', placeholder.getAttribute('aria-describedby') ?? '');
  placeholder.replaceWith(file);
  kit.registerSlot('file', fileField, fileField.querySelector('.field-error') as HTMLElement, [file]);
  kit.add(fileField, kit.submit('Check the file'));
  kit.onSubmit(async () => {
    const chosen = file.files?.[0];
    if (!chosen) return kit.fail([{ field: 'file', message: 'Choose the staff list to upload, saved as CSV' }]);
    replace(result);
    const report = await sendStaffList(context, schoolId, chosen, 'dry-run').catch(atTheFileField);
    replace(result, reportView(report, chosen.name, applyChoices(context, schoolId, chosen, report, result, refreshStaff)));
    result.querySelector<HTMLElement>('#staff-report-title')?.focus();
    return h('p', {}, `${chosen.name} is checked: nothing has changed yet. See what it would change below.`);
  }, 'Checking the file…', { keepOpen: true });
  return Promise.resolve({
    title: `${name}: staff list`,
    trail,
    content: [
      h('p', { class: 'lead' }, 'Keep the school’s staff list up to date from your management information system (MIS). Staff on the list are asked to read and acknowledge the policies they must follow; those who leave stop being asked.'),
      h('p', {}, 'Export the staff list from your MIS as a CSV file. Its first line names the columns:'),
      h(
        'ul',
        { 'data-testid': 'staff-columns' },
        h('li', {}, h('strong', {}, 'Name'), ' (or ', h('strong', {}, 'Forename'), ' and ', h('strong', {}, 'Surname'), ')'),
        h('li', {}, h('strong', {}, 'Email'), ': each person’s own work address, which they sign in with'),
        h('li', {}, h('strong', {}, 'Job title'), ' (optional; also read from ', h('strong', {}, 'Role'), ' or ', h('strong', {}, 'Post'), '). Other columns are ignored.'),
      ),
      notice('info', h('p', {}, h('strong', {}, 'Nothing changes until you press “Apply”.'), ' First you see who would be added, whose details would change, who would leave and any lines with problems.')),
      kit.element(),
      result,
      current?.element,
      readingLink,
    ],
  });
}

/** A whole-file refusal (too big, not a CSV, columns missing) is shown at the file field, in the server's words. */
function atTheFileField(error: unknown): never {
  if (error instanceof ApiProblem && (error.status === 413 || error.status === 422 || error.status === 400)) {
    throw new ApiProblem(error.status, error.type, error.title, error.detail, [{ field: 'file', message: `${error.detail} Nothing was changed.` }], error.extensions);
  }
  throw error;
}

/** "Apply these changes" for a clean file; for one with problems, applying its clean lines only, as a second choice. */
function applyChoices(context: AppContext, schoolId: string, file: File, report: StaffImportReport, result: HTMLElement, onApplied: (position: string | null) => void): HTMLElement {
  const lines = problemLineCount(report);
  if (lines === 0 && nothingToChange(report)) {
    return notice('success', h('p', {}, 'The school’s staff list already matches this file: there is nothing to apply.'));
  }
  if (lines === 0) return applyForm(context, schoolId, file, 'apply', 'Apply these changes', 'Apply these changes', result, onApplied);
  return h(
    'div',
    { class: 'apply-choices' },
    h('h3', {}, 'What would you like to do?'),
    h('p', {}, h('strong', {}, 'Recommended: '), 'correct the lines with problems in your MIS or the file, save it as CSV again and choose it above, then press “Check the file”.'),
    nothingToChange(report) && report.rows === lines
      ? h('p', {}, 'Every line of this file has a problem, so there are no clean lines to apply.')
      : h(
          'div',
          {},
          h('p', {}, `Or apply only the clean lines now. The ${plural(lines, 'line')} with problems ${lines === 1 ? 'is' : 'are'} left out, and nobody on ${lines === 1 ? 'it' : 'them'} is counted as leaving.`),
          applyForm(context, schoolId, file, 'apply-clean-lines', 'Apply the clean lines only', `Apply the clean lines only (leave out ${plural(lines, 'line')})`, result, onApplied),
        ),
  );
}

function applyForm(context: AppContext, schoolId: string, file: File, mode: Exclude<StaffImportMode, 'dry-run'>, label: string, button: string, result: HTMLElement, onApplied: (position: string | null) => void): HTMLElement {
  const kit = new FormKit(label);
  kit.add(actions(h('button', { type: 'submit', class: mode === 'apply' ? 'button' : 'button button-secondary' }, button)));
  kit.onSubmit(async () => {
    const applied = await sendStaffList(context, schoolId, file, mode, kit.idempotencyKey);
    const confirmation = confirmationOf(applied, schoolId, file.name);
    replace(result, confirmation);
    confirmation.focus();
    onApplied(applied.position);
  }, 'Applying the staff list…');
  return kit.element();
}

function confirmationOf(report: StaffImportReport, schoolId: string, fileName: string): HTMLElement {
  const leftOut = problemLineCount(report);
  return h(
    'div',
    { class: 'notice notice-success', tabindex: -1, 'data-testid': 'staff-applied' },
    h('h2', {}, 'The staff list is applied'),
    h('p', {}, `${fileName}: ${changeSentence(report, true)}`),
    h(
      'ul',
      {},
      h('li', { 'data-testid': 'applied-added' }, `Added: ${report.added.length}`),
      h('li', { 'data-testid': 'applied-changed' }, `Details changed: ${report.changed.length}`),
      h('li', { 'data-testid': 'applied-leaving' }, `Left the staff list: ${report.leaving.length}`),
      h('li', {}, `Unchanged: ${report.unchanged}`),
      leftOut > 0 ? h('li', { 'data-testid': 'applied-left-out' }, `Lines left out with problems: ${leftOut}`) : null,
    ),
    report.added.length > 0 ? h('p', {}, 'New members of staff sign in with a link sent to their email: they need no password.') : null,
    h('p', {}, h('a', { href: `#${path('schools', schoolId, 'reading')}` }, 'See the reading progress of the school’s staff')),
  );
}
