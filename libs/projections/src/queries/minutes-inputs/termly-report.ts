import { IncidentCounts, monitoredIncidentCategories } from '@governance/domain';
import type { IncidentComparison } from './types';

/**
 * This term's incident counts beside the previous term's, category by category: the
 * categories the Libra sample monitors first (in its order), then any others alphabetically.
 */
export function compareIncidents(thisTerm: IncidentCounts, previousTerm: IncidentCounts | null): IncidentComparison[] {
  const categories = new Set([...Object.keys(thisTerm), ...Object.keys(previousTerm ?? {})]);
  const monitored = monitoredIncidentCategories.filter((c) => categories.has(c.key));
  const others = [...categories]
    .filter((key) => !monitoredIncidentCategories.some((c) => c.key === key))
    .sort((a, b) => a.localeCompare(b));
  const count = (counts: IncidentCounts | null, key: string) =>
    counts !== null && Object.hasOwn(counts, key) ? counts[key] : null;
  return [...monitored.map((c) => ({ key: c.key, label: c.label })), ...others.map((key) => ({ key, label: key }))].map(
    ({ key, label }) => ({ category: key, label, thisTerm: count(thisTerm, key), previousTerm: count(previousTerm, key) }),
  );
}
