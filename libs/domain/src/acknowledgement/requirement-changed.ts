/**
 * The trust changed whether staff must acknowledge a policy (stream `policy-{policyId}`).
 * Registration carries the starting value (`acknowledgementRequired` since PolicyRegistered
 * schema version 3); this event changes it afterwards.
 */
export interface AcknowledgementRequirementChanged {
  type: 'AcknowledgementRequirementChanged';
  data: { policyId: string; acknowledgementRequired: boolean };
}
