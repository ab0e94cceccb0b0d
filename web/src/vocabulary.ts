import type { Approver, EiaStatus, ReviewStatus, Role } from '@governance/contracts';

/*
 * The words people see for the API's codes. The lists mirror libs/domain (the browser cannot
 * import it): the Equality Act characteristics, the EIA questions, the incident categories of
 * the Libra sample. The API validates every value, so a drift shows as a field error.
 */

export const STATUS_LABELS: Record<ReviewStatus, string> = {
  'in-date': 'In date',
  'due-soon': 'Due soon',
  overdue: 'Overdue',
  'not-adopted': 'Not adopted',
  'never-reviewed': 'Never reviewed',
};

/** Worst first: the order a board wants to read a register in. */
export const STATUS_ORDER: ReviewStatus[] = ['overdue', 'never-reviewed', 'not-adopted', 'due-soon', 'in-date'];

export const EIA_LABELS: Record<EiaStatus, string> = {
  complete: 'Complete',
  missing: 'Missing',
  'full-assessment-required': 'Full assessment required',
  'not-required': 'Not required',
  'out-of-date': 'Out of date',
};

export const APPROVER_LABELS: Record<Approver, string> = {
  'trust-board': 'Trust board',
  'local-governing-body': 'Local governing body',
  headteacher: 'Headteacher',
  committee: 'Committee',
};

export const ROLE_LABELS: Record<Role, string> = {
  'trust-admin': 'Trust administrator',
  trustee: 'Trustee',
  clerk: 'Clerk',
  headteacher: 'Headteacher',
  governor: 'Governor',
  staff: 'Staff',
};

export const CHARACTERISTICS: { key: string; label: string }[] = [
  { key: 'age', label: 'Age' },
  { key: 'disability', label: 'Disability' },
  { key: 'gender-reassignment', label: 'Gender reassignment' },
  { key: 'marriage-civil-partnership', label: 'Marriage and civil partnership' },
  { key: 'pregnancy-maternity', label: 'Pregnancy and maternity' },
  { key: 'race', label: 'Race' },
  { key: 'religion-belief', label: 'Religion or belief' },
  { key: 'sex', label: 'Sex' },
  { key: 'sexual-orientation', label: 'Sexual orientation' },
];

export const EIA_QUESTIONS: { key: string; label: string; short: string }[] = [
  { key: 'negativeImpact', label: 'Does or could this policy have a negative impact on this group?', short: 'Negative impact?' },
  { key: 'promotesEquality', label: 'Does or could this policy help promote equality for this group?', short: 'Promotes equality?' },
  { key: 'dataPositive', label: 'Does data collected from this group have a positive impact on this policy?', short: 'Data shows positive impact?' },
];

export const EIA_ANSWERS: { key: string; label: string }[] = [
  { key: 'yes', label: 'Yes' },
  { key: 'no', label: 'No' },
  { key: 'not-sure', label: 'Not sure' },
];

export const EIA_AUDIENCES: { key: string; label: string }[] = [
  { key: 'pupils', label: 'Pupils' },
  { key: 'staff', label: 'School staff' },
  { key: 'parents-carers', label: 'Parents and carers' },
  { key: 'governors', label: 'Governors' },
  { key: 'volunteers', label: 'Volunteers' },
  { key: 'visitors', label: 'Visitors' },
  { key: 'wider-community', label: 'Wider community' },
];

export const INCIDENT_CATEGORIES: { key: string; label: string }[] = [
  { key: 'allegations-about-staff', label: 'Allegations made about school staff' },
  { key: 'allegations-about-pupils', label: 'Allegations made about pupils' },
  { key: 'complaints-about-school', label: 'Complaints made about the school' },
  { key: 'complaints-about-staff', label: 'Complaints made about school staff' },
  { key: 'defamatory-statements-about-school', label: 'Defamatory statements made about the school' },
  { key: 'defamatory-statements-about-staff', label: 'Defamatory statements made about school staff' },
  { key: 'offensive-comments-about-staff', label: 'Negative or offensive comments made about school staff' },
  { key: 'offensive-comments-about-pupils', label: 'Negative or offensive comments made about pupils' },
  { key: 'racist-or-homophobic-comments', label: 'Racist or homophobic comments' },
  { key: 'threats-of-violence', label: 'Comments which threaten violence' },
  { key: 'unauthorised-images-of-staff', label: 'Unauthorised photographic images of staff posted online' },
  { key: 'prejudice-related', label: 'Prejudice related incidents' },
  { key: 'e-safety', label: 'e-Safety incidents' },
];

export function incidentLabel(key: string): string {
  return INCIDENT_CATEGORIES.find((category) => category.key === key)?.label ?? key;
}

/** The Yes / No / N/A columns of the evaluation form. */
export const EVALUATION_ANSWERS: { key: 'yes' | 'no' | 'n/a'; label: string }[] = [
  { key: 'yes', label: 'Yes' },
  { key: 'no', label: 'No' },
  { key: 'n/a', label: 'N/A' },
];

/** The statutory catalogue's policy categories in words (a trust's own category is shown as written). */
export const CATEGORY_LABELS: Record<string, string> = {
  safeguarding: 'Safeguarding',
  pupils: 'Pupils',
  'send-and-inclusion': 'SEND and inclusion',
  equality: 'Equality',
  curriculum: 'Curriculum',
  admissions: 'Admissions',
  staff: 'Staff',
  information: 'Information',
  'health-and-safety': 'Health and safety',
  finance: 'Finance',
  complaints: 'Complaints',
};

export function categoryLabel(category: string): string {
  return CATEGORY_LABELS[category] ?? category;
}
