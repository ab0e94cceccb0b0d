import type { Approver } from '../policy/policy-values';
import type { PolicyCategory } from './catalogue-entry';

/*
 * The words the server's documents (CSV registers, minutes inputs) use for a policy's approver
 * and category. The web app keeps its own copy in web/src/vocabulary.ts: the browser cannot load
 * libs/domain.
 */

const APPROVER_WORDS: Record<Approver, string> = {
  'trust-board': 'Trust board',
  'local-governing-body': 'Local governing body',
  headteacher: 'Headteacher',
  committee: 'Committee',
};

const CATEGORY_WORDS: Record<PolicyCategory, string> = {
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

/** "Local governing body" for `local-governing-body`; a value the table does not know, as given. */
export function approverInWords(approver: Approver): string {
  return APPROVER_WORDS[approver] ?? approver;
}

/** A catalogue category in words; a trust's own category as it wrote it. */
export function categoryInWords(category: string): string {
  return CATEGORY_WORDS[category as PolicyCategory] ?? category;
}
