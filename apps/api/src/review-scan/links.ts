/**
 * Where emails and calendar events point: the web app's page of the policy at a school
 * (`/#/schools/:schoolId/policies/:policyId`, which asks the reader to sign in first). A
 * trust-wide policy is linked through one of the schools that adopted it.
 */
export function policyLink(publicUrl: string, schoolId: string, policyId: string): string {
  return `${publicUrl}/#/schools/${encodeURIComponent(schoolId)}/policies/${encodeURIComponent(policyId)}`;
}
