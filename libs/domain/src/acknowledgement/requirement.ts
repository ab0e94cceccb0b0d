import { findCatalogueEntry } from '../catalogue/lookup';

export type { AcknowledgementRequirementChanged } from './requirement-changed';

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
