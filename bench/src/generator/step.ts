import type { Decider, DomainEvent } from '@governance/domain';

/** Who issues a step's command: the metadata CommandExecutor writes for it. */
export interface StepOrigin {
  trustId: string;
  schoolId?: string;
  actorId: string;
  actorRole: string;
}

export type AnyDecider = Decider<unknown, DomainEvent, unknown>;

/** One command of the simulated trust, due on `day`, for one stream. */
export interface Step {
  day: number;
  /** Creation order: ties on a day keep the order in which the scenario planned them. */
  seq: number;
  streamId: string;
  decider: AnyDecider;
  command: unknown;
  origin: StepOrigin;
}

/** Erases a decider's types once the step has been built type-safely. */
export function erase<C, E extends DomainEvent, S>(decider: Decider<C, E, S>): AnyDecider {
  return decider as unknown as AnyDecider;
}

/** A min-heap of steps by (day, seq): the scenario plans ahead, the writers take steps in time order. */
export class StepHeap {
  private readonly items: Step[] = [];

  get size(): number {
    return this.items.length;
  }

  push(step: Step): void {
    const items = this.items;
    items.push(step);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(items[i], items[parent])) break;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }

  peek(): Step | undefined {
    return this.items[0];
  }

  pop(): Step | undefined {
    const items = this.items;
    if (items.length === 0) return undefined;
    const top = items[0];
    const last = items.pop() as Step;
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < items.length && before(items[left], items[smallest])) smallest = left;
        if (right < items.length && before(items[right], items[smallest])) smallest = right;
        if (smallest === i) break;
        [items[i], items[smallest]] = [items[smallest], items[i]];
        i = smallest;
      }
    }
    return top;
  }
}

function before(a: Step, b: Step): boolean {
  return a.day < b.day || (a.day === b.day && a.seq < b.seq);
}
