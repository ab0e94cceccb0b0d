import { FoundDate, firstDate } from './dates';
import type { LabelledValue } from './labelled-value';
import type { LabelKind } from './labels';

/** A value found in the document, with the 0-based line it came from. */
export interface Found<T> {
  value: T;
  index: number;
}

/** The first date in the value of each pair of the given kinds. */
export function datedPairs(
  labelled: readonly LabelledValue[],
  kinds: LabelKind[],
): Array<Found<FoundDate> & { pair: LabelledValue }> {
  return labelled.flatMap((pair) => {
    const date = kinds.includes(pair.kind) ? firstDate(pair.value) : null;
    return date ? [{ value: date, index: pair.line - 1, pair }] : [];
  });
}

/** A table row as one readable line, for quoting in warnings. */
export function stripCells(line: string): string {
  return line.replace(/\t+/g, ' ').replace(/\s+/g, ' ').trim();
}
