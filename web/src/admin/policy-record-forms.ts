import { api } from '../api/client.js';
import type { Approver, ApprovalRequest, ReviewOutcome, ReviewRequest, VersionRequest, WriteAnswer } from '@governance/contracts';
import { AppContext, mayDo } from '../context.js';
import { formatBytes } from '../document-words.js';
import { approverFields, expectedForTrust } from '../forms/approver-fields.js';
import { FormKit, missing } from '../forms/form-kit.js';
import { optional, saved } from '../forms/form-parts.js';
import { path, Route } from '../router.js';
import { PageView } from '../shell.js';
import { allowOnly } from './admin-access.js';
import { policy, schemeRules, trustApi } from './admin-api.js';
import { APPROVER_OPTIONS, policyTrail } from './policies-admin.js';

/** What the trust records about one of its policies: a version, the approval, a review. */

function backToPolicy(policyId: string, answer: WriteAnswer): [string, string] {
  return ['Back to the policy', `${path('admin', 'policies', policyId)}?after=${encodeURIComponent(answer.position)}`];
}

export async function versionPage(route: Route, context: AppContext): Promise<PageView> {
  allowOnly(mayDo(context.me, 'draftPolicyVersion'));
  const entry = await policy(context, route.params.policyId);
  const next = (entry.currentVersion ?? 0) + 1;
  const kit = new FormKit(`Add version ${next} of ${entry.title}`);
  const documentField = kit.input('document', 'Attach the document (optional)', { type: 'file', hint: DOCUMENT_HINT });
  const documentInput = documentField.querySelector('input') as HTMLInputElement;
  documentInput.accept = DOCUMENT_ACCEPT;
  kit.add(
    kit.textarea('summary', 'What changed', { required: true, hint: next === 1 ? 'For a first version, say where it comes from, for example “Adopted from the local authority model policy”.' : 'For example “Updated for KCSIE 2026: new section on filtering”.' }),
    documentField,
    kit.input('documentUrl', 'Link to the document (optional)', { type: 'url', hint: 'Where people can read it: SharePoint, Google Drive or the school website, starting https://. You can attach the document, link to it, or both.', autocomplete: 'off' }),
    kit.submit('Add the version'),
  );
  kit.onSubmit(async () => {
    const problems = missing(kit, [['summary', 'Say what changed in this version']]);
    const file = documentInput.files?.[0];
    if (file && file.size > MAX_DOCUMENT_BYTES) problems.push({ field: 'document', message: `“${file.name}” is ${formatBytes(file.size)}; attach a document of at most 10 MB (remove large pictures, or save it as a PDF)` });
    if (problems.length > 0) kit.fail(problems);
    const body: VersionRequest = { summary: kit.value('summary'), documentUrl: optional(kit, 'documentUrl') };
    const url = trustApi(context, 'policies', entry.id, 'versions');
    const answer = await api<WriteAnswer & { version: number }>(url, { method: 'POST', idempotencyKey: kit.idempotencyKey, ...(file ? { form: versionForm(body, file) } : { json: body }) });
    const attached = file ? ` with “${file.name}” attached` : '';
    return saved(`Version ${answer.version} of “${entry.title}” is added${attached}. It needs approving next.`, [
      ...(entry.scope === 'trust' && mayDo(context.me, 'approvePolicy') ? [['Record its approval', path('admin', 'policies', entry.id, 'approve')] as [string, string]] : []),
      backToPolicy(entry.id, answer),
    ]);
  });
  return { title: `Add a version of ${entry.title}`, trail: policyTrail(entry), content: kit.element() };
}

const DOCUMENT_HINT = 'A Word document or PDF (.docx, .pdf, .odt, .doc or .txt), at most 10 MB. Everyone in the trust can download it from the policy’s page.';
const DOCUMENT_ACCEPT = '.docx,.pdf,.odt,.doc,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/pdf,application/vnd.oasis.opendocument.text,application/msword,text/plain';
const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** The version with its document, as multipart/form-data: the file goes in the `document` field. */
function versionForm(body: VersionRequest, file: File): FormData {
  const form = new FormData();
  form.append('summary', body.summary);
  if (body.documentUrl) form.append('documentUrl', body.documentUrl);
  form.append('document', file, file.name);
  return form;
}

export async function approvalPage(route: Route, context: AppContext): Promise<PageView> {
  allowOnly(mayDo(context.me, 'approvePolicy'));
  const [entry, scheme] = await Promise.all([policy(context, route.params.policyId), schemeRules(context)]);
  const versions = Array.from({ length: entry.currentVersion ?? 0 }, (_, i) => (entry.currentVersion ?? 0) - i);
  const kit = new FormKit(`Record the approval of ${entry.title}`);
  const expected = expectedForTrust(scheme, entry);
  const approver = approverFields(kit, { name: 'body', label: 'Approved by', choices: APPROVER_OPTIONS, expected, current: expected ?? entry.approver, where: 'for the trust' });
  kit.add(
    kit.select('version', 'Version approved', versions.map((version) => ({ value: String(version), label: `Version ${version}` })), { value: String(entry.currentVersion ?? '') }),
    kit.date('approvedOn', 'Date it was approved', { value: context.today, required: true }),
    ...approver.elements,
    kit.input('minuteRef', 'Minute reference (optional)', { hint: 'Where the minutes record it, for example TB/2026/14.', width: 'medium' }),
    kit.submit('Record the approval'),
  );
  kit.onSubmit(async () => {
    const problems = [...missing(kit, [['approvedOn', 'Enter the date it was approved']]), ...approver.problems()];
    if (problems.length > 0) kit.fail(problems);
    const body: ApprovalRequest = { version: Number(kit.value('version')), approvedOn: kit.value('approvedOn'), body: kit.value('body') as Approver, minuteRef: optional(kit, 'minuteRef'), exception: approver.exception() };
    const answer = await approver.send(() => api<WriteAnswer>(trustApi(context, 'policies', entry.id, 'approvals'), { method: 'POST', idempotencyKey: kit.idempotencyKey, json: body }));
    return saved(`Version ${body.version} of “${entry.title}” is approved.`, [backToPolicy(entry.id, answer)]);
  });
  return { title: `Record the approval of ${entry.title}`, trail: policyTrail(entry), content: kit.element() };
}

/** A trust-wide policy's review (school policies are reviewed from each school's register). */
export async function trustReviewPage(route: Route, context: AppContext): Promise<PageView> {
  allowOnly(mayDo(context.me, 'reviewPolicy'));
  const entry = await policy(context, route.params.policyId);
  const kit = new FormKit(`Record a review of ${entry.title}`);
  kit.add(
    kit.date('reviewedOn', 'Date of the review', { value: context.today, required: true }),
    kit.choices('outcome', 'Outcome', [
      { value: 'no-change', label: 'Reviewed with no change' },
      { value: 'amended', label: 'Amended (add the new version too)' },
    ]),
    kit.textarea('notes', 'Notes (optional)'),
    kit.date('nextReviewDue', 'Next review due (optional)', { hint: `Leave it empty to use the cycle of ${entry.reviewCycleMonths} months. Day, month and year, for example 24/11/2027.` }),
    kit.submit('Record the review'),
  );
  kit.onSubmit(async () => {
    const problems = missing(kit, [['reviewedOn', 'Enter the date of the review'], ['outcome', 'Choose the outcome']]);
    if (problems.length > 0) kit.fail(problems);
    const body: ReviewRequest = { reviewedOn: kit.value('reviewedOn'), outcome: kit.value('outcome') as ReviewOutcome, notes: optional(kit, 'notes'), nextReviewDue: optional(kit, 'nextReviewDue') };
    const answer = await api<WriteAnswer>(trustApi(context, 'policies', entry.id, 'reviews'), { method: 'POST', idempotencyKey: kit.idempotencyKey, json: body });
    return saved(`The review of “${entry.title}” is recorded.`, [backToPolicy(entry.id, answer)]);
  });
  return { title: `Record a review of ${entry.title}`, trail: policyTrail(entry), content: kit.element() };
}
