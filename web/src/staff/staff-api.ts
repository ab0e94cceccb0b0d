import { api, query, seg } from '../api/client.js';
import type { AcknowledgementProgress, SchoolStaff, StaffImportReport } from '@governance/contracts';
import { AppContext } from '../context.js';

/** The staff list and reading progress reads and writes the pages make, in one place. */

export type StaffImportMode = 'dry-run' | 'apply' | 'apply-clean-lines';

/** Sends the MIS CSV: a dry run (nothing changes), the whole list applied, or its clean lines only. */
export function sendStaffList(context: AppContext, schoolId: string, file: File, mode: StaffImportMode, idempotencyKey?: string): Promise<StaffImportReport> {
  const form = new FormData();
  form.append('file', file, file.name);
  if (mode !== 'dry-run') form.append('apply', 'true');
  if (mode === 'apply-clean-lines') form.append('applyCleanLines', 'true');
  return api<StaffImportReport>(`/api/trusts/${seg(context.trustId)}/schools/${seg(schoolId)}/staff-imports`, {
    method: 'POST',
    form,
    idempotencyKey: mode === 'dry-run' ? undefined : idempotencyKey,
  });
}

/** Progress on the versions in force; naming a school brings the names of those outstanding, to those allowed. */
export function acknowledgementProgress(context: AppContext, schoolId?: string, minPosition?: string): Promise<AcknowledgementProgress> {
  return api<AcknowledgementProgress>(`/api/trusts/${seg(context.trustId)}/acknowledgements${query({ schoolId })}`, { minPosition });
}

/** The school's current staff with their reading, once the read models reach `minPosition` (after an import). */
export function schoolStaff(context: AppContext, schoolId: string, minPosition?: string): Promise<SchoolStaff> {
  return api<SchoolStaff>(`/api/trusts/${seg(context.trustId)}/schools/${seg(schoolId)}/staff`, { minPosition });
}

/** One policy's progress at one school (no row when it asks nobody there). */
export function policyAcknowledgementProgress(context: AppContext, schoolId: string, policyId: string): Promise<AcknowledgementProgress> {
  return api<AcknowledgementProgress>(`/api/trusts/${seg(context.trustId)}/acknowledgements${query({ schoolId, policyId })}`);
}
