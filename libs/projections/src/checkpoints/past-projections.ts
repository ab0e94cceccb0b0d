import { Projection } from '../projection';
import { acknowledgementsProjection } from '../read-models/acknowledgements.projection';
import { actionsProjection } from '../read-models/actions.projection';
import { AUDIT_DECISION_TYPES, auditTrailProjection } from '../read-models/audit-trail.projection';
import { governorActivityProjection } from '../read-models/governor-activity.projection';
import { policyRegisterProjection } from '../read-models/policy-register.projection';
import { schoolsProjection } from '../read-models/schools.projection';
import { termlyReportsProjection } from '../read-models/termly-reports.projection';

const AUDITED_IN_THE_PAST = new Set([...AUDIT_DECISION_TYPES, 'EntryWithdrawn']);

/**
 * The audit trail as the past read models need it: the policy decisions (`audit_decisions`,
 * which the dashboard's recordedLate and the clerk's pack read, with their `audit_events` row
 * for the recorded instant) and withdrawals. The trail itself is read from the live read model
 * filtered by position, so the other nine in ten of its rows are not folded again.
 */
const decisionsOfTheAuditTrail: Projection = {
  ...auditTrailProjection,
  applier(db, names) {
    const apply = auditTrailProjection.applier(db, names);
    return (event) => {
      if (AUDITED_IN_THE_PAST.has(event.type)) apply(event);
    };
  },
};

/**
 * The read models `knownAt` and the rebuilt minutes pack fold as they stood at a position:
 * every table the compliance dashboard, the registers and the pack read, by the same appliers
 * (read and acknowledge included: the dashboard's and the pack's counts at that position).
 */
export const PAST_READ_MODEL_PROJECTIONS: readonly Projection[] = [
  decisionsOfTheAuditTrail,
  schoolsProjection,
  policyRegisterProjection,
  governorActivityProjection,
  termlyReportsProjection,
  actionsProjection,
  acknowledgementsProjection,
];
