import { findCatalogueEntry } from '../catalogue/lookup';

/**
 * The trust changed whether staff must acknowledge a policy (stream `policy-{policyId}`).
 * Registration carries the starting value (`acknowledgementRequired` since PolicyRegistered
 * schema version 3); this event changes it afterwards.
 */
export interface AcknowledgementRequirementChanged {
  type: 'AcknowledgementRequirementChanged';
  data: { policyId: string; acknowledgementRequired: boolean };
}

/**
 * Whether a policy asks staff to acknowledge it when registered: the value recorded, or, for a
 * policy registered before the flag existed, its catalogue entry's default (false for a policy
 * not from the catalogue).
 */
export function acknowledgementRequiredAtRegistration(data: {
  acknowledgementRequired?: boolean;
  catalogueKey: string | null;
}): boolean {
  if (typeof data.acknowledgementRequired === 'boolean') return data.acknowledgementRequired;
  return data.catalogueKey ? (findCatalogueEntry(data.catalogueKey)?.acknowledgementRequired ?? false) : false;
}
