/**
 * Where emails and calendar events point: the web app's page of the policy at a school
 * (`/#/schools/:schoolId/policies/:policyId`, which asks the reader to sign in first). A
 * trust-wide policy is linked through one of the schools that adopted it.
 */
export function policyLink(publicUrl: string, schoolId: string, policyId: string): string {
  return `${publicUrl}/#/schools/${encodeURIComponent(schoolId)}/policies/${encodeURIComponent(policyId)}`;
}

/** A member of staff's reading page (what to read and acknowledge). */
export function readingLink(publicUrl: string): string {
  return `${publicUrl}/#/reading`;
}

/** The page that emails a one-time sign-in link (staff have no password). */
export function emailSignInLink(publicUrl: string): string {
  return `${publicUrl}/#/email-me-a-link`;
}

/** The trust's compliance dashboard. */
export function complianceLink(publicUrl: string): string {
  return `${publicUrl}/#/compliance`;
}
