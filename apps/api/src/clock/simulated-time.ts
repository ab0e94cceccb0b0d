import { AsyncLocalStorage } from 'node:async_hooks';

/** The moment a replayed step happens: the instant it is recorded at and the day it is "today". */
export interface SimulatedMoment {
  now: Date;
  /** YYYY-MM-DD, the day the deciders take as today (what they refuse as future depends on it). */
  today: string;
}

/**
 * Time for work run "as of" moments of a replayed history (the demo trust's two years): inside
 * `run`, the application's clocks answer the moment last `set`, so the write path records each
 * step at its simulated instant and decides as of its simulated day. Scoped with
 * AsyncLocalStorage: requests, the scheduler and anything outside the run keep the real clock,
 * and a callback that inherited the run's context (a timer started during it) gets the real
 * clock back once the run has ended.
 */
export class SimulatedTime {
  private moment: SimulatedMoment | null = null;
  private running = false;

  /** Moves the simulated clock; every Clock read inside the run answers this until the next set. */
  set(moment: SimulatedMoment): void {
    this.moment = { now: new Date(moment.now.getTime()), today: moment.today };
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    this.running = true;
    try {
      return await scope.run(this, work);
    } finally {
      this.running = false;
    }
  }

  /** The moment in force, or null once the run has ended (or before the first set). */
  current(): SimulatedMoment | null {
    return this.running ? this.moment : null;
  }
}

const scope = new AsyncLocalStorage<SimulatedTime>();

/** The simulated moment of the run this code belongs to, if any. */
export function simulatedMoment(): SimulatedMoment | null {
  return scope.getStore()?.current() ?? null;
}
