import { InvalidValueError, NotFoundError } from '../shared/domain-error';
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
      appliesTo: [...entry.appliesTo],
      acknowledgementRequired: entry.acknowledgementRequired,
    },
  };
}

/**
 * The entries a trust asked to add: every key must be in the catalogue (400 otherwise), each
 * once; no keys at all means the whole catalogue.
 */
export function chooseCatalogueEntries(keys: readonly string[] | undefined): readonly CatalogueEntry[] {
  if (keys === undefined) return statutoryCatalogue;
  const unknown = keys.filter((key) => !byKey.has(key));
  if (unknown.length > 0) {
    throw new InvalidValueError(
      'keys',
      `keys has entries that are not in the catalogue: ${unknown.join(', ')}. GET /api/catalogue lists them.`,
    );
  }
  return [...new Set(keys)].map((key) => byKey.get(key) as CatalogueEntry);
}
