import type { Approver, MinutesBody } from '@governance/domain';
import type { DraftResolution } from './types';

/** A catalogue entry as the decisions need it. */
export interface CataloguePolicy {
  policyId: string;
  title: string;
  scope: 'trust' | 'school';
  approver: Approver;
  currentVersion: number | null;
  /** Versions the trust has approved. */
  approvedVersions: readonly number[];
  retired: boolean;
}

const APPROVER_NAMES: Record<Approver, string> = {
  'trust-board': 'trust board',
  'local-governing-body': 'local governing body',
  headteacher: 'headteacher',
  committee: 'committee',
};

export function approverName(approver: Approver): string {
  return APPROVER_NAMES[approver];
}

type VersionSummary = (policyId: string, version: number) => string | null;

/** The trust's decisions: trust-wide policies with a drafted version newer than any it approved. */
export function trustDecisions(
  policies: readonly CataloguePolicy[],
  summaryOf: VersionSummary,
  meeting: MinutesBody,
): DraftResolution[] {
  return policies
    .filter((p) => !p.retired && p.scope === 'trust' && p.currentVersion !== null)
    .filter((p) => (p.currentVersion as number) > highest(p.approvedVersions))
    .map((p) => resolution(p, 'trust', 'approve', p.currentVersion as number, p.approver, meeting, summaryOf));
}

/**
 * A school's decisions: a school-level policy drafted in a version newer than the school
 * adopted, or a trust-wide policy the trust approved in a version the school has not adopted.
 */
export function schoolDecisions(
  policies: readonly CataloguePolicy[],
  adoptedVersion: (policyId: string) => number | null,
  summaryOf: VersionSummary,
  meeting: MinutesBody,
): DraftResolution[] {
  return policies.flatMap((p) => {
    if (p.retired) return [];
    const adopted = adoptedVersion(p.policyId) ?? 0;
    const waiting = p.scope === 'school' ? (p.currentVersion ?? 0) : highest(p.approvedVersions);
    if (waiting <= adopted) return [];
    // A trust-wide policy is approved by the trust; each school then adopts it locally.
    const approver = p.scope === 'school' ? p.approver : 'local-governing-body';
    return [resolution(p, 'school', 'adopt', waiting, approver, meeting, summaryOf)];
  });
}

function resolution(
  policy: CataloguePolicy,
  level: 'trust' | 'school',
  action: 'approve' | 'adopt',
  version: number,
  approver: Approver,
  meeting: MinutesBody,
  summaryOf: VersionSummary,
): DraftResolution {
  const forThisBody = approver === meeting;
  const body = approverName(meeting);
  const what = `version ${version} of “${policy.title}”`;
  const approvedByTrust = level === 'school' && policy.scope === 'trust' ? ', as approved by the trust' : '';
  const text = forThisBody
    ? `That the ${body} ${action === 'approve' ? 'approves' : 'adopts'} ${what}${approvedByTrust}.`
    : `That the ${body} notes that ${what} awaits ${action === 'approve' ? 'approval' : 'adoption'} by the ${approverName(approver)}.`;
  return {
    policyId: policy.policyId,
    title: policy.title,
    level,
    action,
    version,
    versionSummary: summaryOf(policy.policyId, version),
    approver,
    forThisBody,
    resolution: text,
  };
}

function highest(versions: readonly number[]): number {
  return versions.length === 0 ? 0 : Math.max(...versions);
}
