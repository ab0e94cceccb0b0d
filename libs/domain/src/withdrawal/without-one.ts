/**
 * The list without one item equal to `item` (plain JSON compared by value); unchanged when none
 * is. Folds use it to undo what a withdrawn entry added: equal items are interchangeable, so
 * removing any one of two identical entries leaves the same state.
 */
export function withoutOne<T>(list: readonly T[], item: T): T[] {
  const index = list.findIndex((candidate) => sameJson(candidate, item));
  return index === -1 ? [...list] : [...list.slice(0, index), ...list.slice(index + 1)];
}

export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const keysB = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  return (
    keysA.length === keysB.length &&
    keysA.every((key) => sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}
