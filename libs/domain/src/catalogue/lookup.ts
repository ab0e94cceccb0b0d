import { NotFoundError } from '../shared/domain-error';
import { RegisterPolicy } from '../policy/decide';
import { CatalogueEntry } from './catalogue-entry';
import { statutoryCatalogue } from './statutory-catalogue';

const byKey = new Map(statutoryCatalogue.map((entry) => [entry.key, entry]));

/** The entry with this key, or undefined. */
export function findCatalogueEntry(key: string): CatalogueEntry | undefined {
  return byKey.get(key);
}

/** The entry with this key; NotFoundError (404) when there is none. */
export function catalogueEntry(key: string): CatalogueEntry {
  const entry = byKey.get(key);
  if (!entry) throw new NotFoundError('Catalogue entry', key);
  return entry;
}

/** The RegisterPolicy command that adds a catalogue entry to a trust as a new policy. */
export function registerFromCatalogue(
  entry: CatalogueEntry,
  ids: { policyId: string; trustId: string },
): RegisterPolicy {
  return {
    type: 'RegisterPolicy',
    data: {
      policyId: ids.policyId,
      trustId: ids.trustId,
      title: entry.title,
      scope: entry.scope,
      reviewCycleMonths: entry.reviewCycleMonths,
      approver: entry.approver,
      statutory: entry.statutory,
      eiaRequired: entry.eiaRequired,
      category: entry.category,
      legislation: [...entry.legislation],
      linkedPolicies: [],
      catalogueKey: entry.key,
    },
  };
}
