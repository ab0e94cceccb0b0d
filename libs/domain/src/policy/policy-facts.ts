import { NotFoundError } from '../shared/domain-error';
import { PolicyState } from './events';
import { PolicyScope } from './policy-values';

/**
 * What a school's policy needs to know about the trust's catalogue entry, which lives in
 * another stream (`policy-{policyId}`). The application layer reads that stream, folds it
 * with `policyDecider` and passes `policyFactsOf(state)` inside each school-policy command.
 */
export interface PolicyFacts {
  title: string;
  scope: PolicyScope;
  reviewCycleMonths: number;
  /** Version numbers drafted so far. */
  versions: number[];
  retired: boolean;
  eiaRequired: boolean;
}

/** The facts of a registered policy; NotFoundError (404) when the stream holds none. */
export function policyFactsOf(state: PolicyState, policyId = 'unknown'): PolicyFacts {
  if (!state.registered) throw new NotFoundError('Policy', policyId);
  const { title, scope, reviewCycleMonths, versions, retired, eiaRequired } = state;
  return { title, scope, reviewCycleMonths, versions: [...versions], retired, eiaRequired };
}
