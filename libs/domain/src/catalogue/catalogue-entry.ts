import { Approver, PolicyScope } from '../policy/policy-values';
import type { SchoolPhase } from '../trust/school-values';

export const policyCategories = [
  'safeguarding',
  'pupils',
  'send-and-inclusion',
  'equality',
  'curriculum',
  'admissions',
  'staff',
  'information',
  'health-and-safety',
  'finance',
  'complaints',
] as const;
export type PolicyCategory = (typeof policyCategories)[number];

/** One policy of the starter catalogue: what a trust registers when it adds it. */
export interface CatalogueEntry {
  /** Stable key, kept on the registered policy as `catalogueKey`. */
  key: string;
  title: string;
  /** `trust`: one document for every academy; `school`: each academy keeps its own (local details). */
  scope: PolicyScope;
  reviewCycleMonths: number;
  /** The body that usually approves it; a trust's scheme of delegation may say otherwise. */
  approver: Approver;
  /** Required of academy trusts by legislation or statutory guidance. */
  statutory: boolean;
  eiaRequired: boolean;
  /** Staff must read each adopted version and confirm it (safeguarding, code of conduct, online safety, ...). */
  acknowledgementRequired: boolean;
  category: PolicyCategory;
  legislation: readonly string[];
  /** Guidance about its cycle or who it applies to. */
  note: string | null;
  /** The phases of school the DfE guidance applies it to; the registered policy starts with this list. */
  appliesTo: readonly SchoolPhase[];
  /** Why it does not apply to every phase (null when it does). */
  appliesToReason: string | null;
}
