import { api, query, seg } from './api/client.js';
import type { AuditItem, AuditPage, LinkGovernor, RegisterRow, TrustCompliance } from '@governance/contracts';
import { AppContext } from './context.js';

/** The API reads the pages need, in one place. `minPosition` makes a read include a write just made. */

const trustPath = (context: AppContext) => `/api/trusts/${seg(context.trustId)}`;

/** `knownAt` (an ISO instant): the figures from the log as it stood then, what the board could have seen. */
export function compliance(context: AppContext, asOf?: string, knownAt?: string): Promise<TrustCompliance> {
  return api<TrustCompliance>(`${trustPath(context)}/compliance${query({ asOf, knownAt })}`);
}

/** A register as of a day, from the log as it stood at `knownAt`. */
export function registerKnownAt(context: AppContext, schoolId: string, asOf: string, knownAt: string): Promise<RegisterRow[]> {
  return api<RegisterRow[]>(`${trustPath(context)}/schools/${seg(schoolId)}/policies${query({ asOf, knownAt })}`);
}

export function register(context: AppContext, schoolId: string, minPosition?: string): Promise<RegisterRow[]> {
  return api<RegisterRow[]>(`${trustPath(context)}/schools/${seg(schoolId)}/policies`, { minPosition });
}

export function audit(
  context: AppContext,
  filters: { schoolId?: string; policyId?: string; type?: string; excludeType?: string; limit?: number; cursor?: string },
  minPosition?: string,
): Promise<AuditPage> {
  return api<AuditPage>(`${trustPath(context)}/audit${query({ limit: 500, ...filters })}`, { minPosition });
}

/** Governance work that names policies in a list (visits and link governor reports). */
const LISTS_POLICIES = ['LinkGovernorVisitLogged', 'LinkGovernorReported', 'LinkGovernorAssigned'];

/**
 * A school's policy's history, newest first: the trust-level events of the policy (its
 * versions, approvals, trust reviews), the school's own (adoption, reviews, EIA) and the link
 * governor visits and reports that name it. The audit trail files a visit under its school, not
 * under each policy it names, so those are read by type and matched here.
 */
export async function policyHistory(context: AppContext, schoolId: string, policyId: string, minPosition?: string): Promise<AuditItem[]> {
  const [own, ...governance] = await Promise.all([
    // Staff acknowledgements (one per member of staff per version) have their own progress view.
    audit(context, { policyId, excludeType: 'PolicyAcknowledged' }, minPosition),
    ...LISTS_POLICIES.map((type) => audit(context, { schoolId, type }, minPosition)),
  ]);
  const items = [
    ...own.items.filter((item) => !item.schoolId || item.schoolId === schoolId),
    ...governance.flatMap((page) =>
      page.items.filter((item) => Array.isArray(item.data?.policyIds) && (item.data.policyIds as unknown[]).includes(policyId)),
    ),
  ];
  const unique = new Map(items.map((item) => [item.position, item]));
  return [...unique.values()].sort((a, b) => compareBig(b.position, a.position));
}

/** Positions are decimal strings (they may exceed 2^53). */
export function compareBig(a: string, b: string): number {
  return a.length !== b.length ? a.length - b.length : a < b ? -1 : a > b ? 1 : 0;
}

/** The school's current link governors; their names also go into the context, for histories. */
export async function linkGovernors(context: AppContext, schoolId: string): Promise<LinkGovernor[]> {
  const list = await api<LinkGovernor[]>(`${trustPath(context)}/schools/${seg(schoolId)}/link-governors`).catch(() => [] as LinkGovernor[]);
  for (const governor of list) if (governor.name && !context.names.has(governor.personId)) context.names.set(governor.personId, governor.name);
  return list;
}
