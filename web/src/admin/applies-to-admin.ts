import type { SchoolPhase } from '@governance/contracts';
import { FormKit } from '../forms/form-kit.js';
import { ALL_PHASES } from '../phases.js';
import { PHASE_OPTIONS } from './admin-words.js';

const HINT = 'Every phase is ticked: the policy is in every school’s register. Untick a phase and its schools leave the policy out of their register and figures; a school whose phase is not given keeps every policy.';

/** "Applies to": a checkbox for each phase, all ticked unless given. */
export function appliesToChoices(kit: FormKit, value: readonly string[] = ALL_PHASES): HTMLFieldSetElement {
  return kit.choices('appliesTo', 'Applies to', PHASE_OPTIONS, { type: 'checkbox', value: [...value], hint: HINT });
}

/** The ticked phases; refuses the form when none is ticked. */
export function appliesToValue(kit: FormKit): SchoolPhase[] {
  const phases = kit.values('appliesTo') as SchoolPhase[];
  if (phases.length === 0) kit.fail([{ field: 'appliesTo', message: 'Tick at least one phase the policy applies to' }]);
  return phases;
}
