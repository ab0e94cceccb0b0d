import { Projection } from './projection';
import { actionsProjection } from './read-models/actions.projection';
import { auditTrailProjection } from './read-models/audit-trail.projection';
import { governorActivityProjection } from './read-models/governor-activity.projection';
import { policyRegisterProjection } from './read-models/policy-register.projection';
import { schoolsProjection } from './read-models/schools.projection';
import { termlyReportsProjection } from './read-models/termly-reports.projection';
import { meetingsProjection } from './read-models/meetings.projection';
import { acknowledgementsProjection } from './read-models/acknowledgements.projection';

/** Every read model the server maintains, in the order they are fed. */
export const ALL_PROJECTIONS: readonly Projection[] = [
  auditTrailProjection,
  schoolsProjection,
  policyRegisterProjection,
  governorActivityProjection,
  termlyReportsProjection,
  meetingsProjection,
  actionsProjection,
  acknowledgementsProjection,
];

export function projectionsNamed(names: readonly string[]): Projection[] {
  const unknown = names.filter((name) => !ALL_PROJECTIONS.some((p) => p.name === name));
  if (unknown.length > 0) {
    throw new Error(`Unknown projection ${unknown.join(', ')}; known: ${ALL_PROJECTIONS.map((p) => p.name).join(', ')}`);
  }
  return ALL_PROJECTIONS.filter((projection) => names.includes(projection.name));
}
