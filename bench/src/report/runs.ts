import { median } from '../benchmarks/stats';

/**
 * A benchmark's figures over several runs: each run as measured, and the median, minimum and
 * maximum of every number, field by field. A ratio stays paired: each run's ratio is its own
 * figure over the baseline of the same run, and the median is taken of those ratios.
 */
export interface Repeated<T> {
  runs: T[];
  median: T;
  min: T;
  max: T;
}

/** Runs `measure` `runs` times, one after the other, and summarises its figures. */
export async function repeat<T>(runs: number, measure: (run: number) => Promise<T>): Promise<Repeated<T>> {
  const all: T[] = [];
  for (let run = 1; run <= runs; run++) all.push(await measure(run));
  return summarise(all);
}

export function summarise<T>(runs: readonly T[]): Repeated<T> {
  if (runs.length === 0) throw new Error('No runs to summarise');
  return {
    runs: [...runs],
    median: combine(runs, median) as T,
    min: combine(runs, (values) => Math.min(...values)) as T,
    max: combine(runs, (values) => Math.max(...values)) as T,
  };
}

/** Numbers are combined; booleans hold only if they hold in every run; anything else is the first run's. */
function combine(values: readonly unknown[], pick: (numbers: number[]) => number): unknown {
  const present = values.filter((value) => value !== undefined && value !== null);
  if (present.length === 0) return values[0];
  const first = present[0];
  if (typeof first === 'number') return pick(present as number[]);
  if (typeof first === 'boolean') return present.every((value) => value === true);
  if (Array.isArray(first)) return first.map((_, index) => combine(present.map((value) => (value as unknown[])[index]), pick));
  if (typeof first === 'object') {
    const keys = [...new Set(present.flatMap((value) => Object.keys(value as object)))];
    return Object.fromEntries(keys.map((key) => [key, combine(present.map((value) => (value as Record<string, unknown>)[key]), pick)]));
  }
  return first;
}

/** The median, minimum and maximum of one figure over the runs, each run's figure read (or computed) alone. */
export function spread<T>(repeated: Repeated<T>, pick: (run: T) => number): { median: number; min: number; max: number } {
  const values = repeated.runs.map(pick);
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

/**
 * One figure as the tables show it: the median, and the range over the runs when there were
 * several (`1,416 (1,302-1,530)`). `pick` may compute a figure from one run's fields (a ratio
 * of two of them): it is computed for each run, never from another statistic's fields.
 */
export function figure<T>(repeated: Repeated<T>, pick: (run: T) => number, format: (value: number) => string = String): string {
  const { median: middle, min, max } = spread(repeated, pick);
  if (repeated.runs.length < 2) return format(middle);
  return `${format(middle)} (${format(min)}-${format(max)})`;
}

/** The range alone, for the goals table: `1,302-1,530 (3 runs)`, or `1 run`. */
export function range<T>(repeated: Repeated<T>, pick: (run: T) => number, format: (value: number) => string = String): string {
  const count = repeated.runs.length;
  if (count < 2) return '1 run';
  const { min, max } = spread(repeated, pick);
  const [low, high] = [format(min), format(max)];
  // '9,162-18,562 events/s' rather than '9,162 events/s-18,562 events/s'.
  const unit = / [^\d\s][^\d]*$/.exec(high)?.[0];
  return `${unit && low.endsWith(unit) ? low.slice(0, -unit.length) : low}-${high} (${count} runs)`;
}
