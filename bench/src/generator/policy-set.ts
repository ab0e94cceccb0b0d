import { Approver, PolicyScope, RegisterPolicy, policyCategories, registerFromCatalogue, statutoryCatalogue } from '@governance/domain';
import { Random } from './random';

/** What the scenario knows of a policy it registered: enough to build the commands that follow. */
export interface SimPolicy {
  policyId: string;
  title: string;
  scope: PolicyScope;
  reviewCycleMonths: number;
  eiaRequired: boolean;
  statutory: boolean;
  category: string;
  /** Versions drafted so far (the scenario's own count). */
  versions: number[];
  register: RegisterPolicy;
}

const CYCLES = [12, 12, 12, 12, 12, 24, 24, 36];

/**
 * The trust's catalogue: the statutory catalogue first (real titles, cycles and approvers),
 * then policies of the kinds trusts add (local procedures), up to `count`.
 */
export function policySet(random: Random, trustId: string, count: number): SimPolicy[] {
  const policies: SimPolicy[] = [];
  for (let i = 0; i < count; i += 1) {
    const policyId = random.uuid();
    const entry = statutoryCatalogue[i];
    const register: RegisterPolicy = entry
      ? registerFromCatalogue(entry, { policyId, trustId })
      : {
          type: 'RegisterPolicy',
          data: {
            policyId,
            trustId,
            title: `Local procedure ${i + 1 - statutoryCatalogue.length}: ${random.pick(policyCategories)}`,
            scope: random.chance(0.35) ? 'trust' : 'school',
            reviewCycleMonths: random.pick(CYCLES),
            approver: random.pick<Approver>(['local-governing-body', 'headteacher', 'committee', 'trust-board']),
            statutory: false,
            eiaRequired: random.chance(0.6),
            category: random.pick(policyCategories),
            legislation: [],
            linkedPolicies: [],
            catalogueKey: null,
          },
        };
    const data = register.data;
    policies.push({
      policyId,
      title: data.title,
      scope: data.scope,
      reviewCycleMonths: Number(data.reviewCycleMonths),
      eiaRequired: data.eiaRequired ?? true,
      statutory: data.statutory ?? false,
      category: data.category ?? 'other',
      versions: [],
      register,
    });
  }
  return policies;
}
