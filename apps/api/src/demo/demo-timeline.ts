import { addDays, isAfter, LocalDate } from '@governance/domain';
import { SimulatedTime } from '../clock/simulated-time';

/** How long before its first dated step the demo trust was set up (registered, people, scheme). */
const SET_UP_DAYS_BEFORE = 7;
/** Steps recorded on one day start at 09:00 UTC (9 or 10 a.m. in London), a minute apart. */
const FIRST_MINUTE_OF_DAY = 9 * 60;

interface Step {
  /** The day it is recorded on; null for the set-up before everything. */
  recordedOn: LocalDate | null;
  run: () => Promise<unknown>;
}

/** When each step of a played timeline was recorded (for tests and the log). */
export interface PlayedStep {
  recordedOn: LocalDate;
  at: Date;
}

/**
 * The demo trust's history as steps, played in the order they were recorded: each as of a
 * simulated moment on the day it was written down (the day it states, or a few days later for a
 * report), so the log reads like a trust that used the product for two years and knownAt at an
 * instant in the past shows the trust as it was then. Steps on one day keep the order they were
 * planned in (an adoption before its review or EIA of the same day).
 */
export class DemoTimeline {
  private readonly steps: Step[] = [];

  /** A step without a date of its own: registering the trust and its people, the scheme, owners. */
  setUp(run: () => Promise<unknown>): void {
    this.steps.push({ recordedOn: null, run });
  }

  /** A step recorded on `recordedOn`: the day it states, unless it was written down later. */
  on(recordedOn: LocalDate, run: () => Promise<unknown>): void {
    this.steps.push({ recordedOn, run });
  }

  /**
   * Runs the steps in recording order, each inside `time` as of its moment. No instant is later
   * than `notAfter` (the real now when loading began): the steps of today that fall after it
   * are recorded at it, so live requests after the load always come later in the log.
   */
  async play(time: SimulatedTime, today: LocalDate, notAfter: Date): Promise<PlayedStep[]> {
    const start = this.startOfHistory(today);
    const ordered = this.steps
      .map((step, seq) => ({ ...step, recordedOn: step.recordedOn ?? start, seq }))
      .sort((a, b) => (a.recordedOn === b.recordedOn ? a.seq - b.seq : a.recordedOn < b.recordedOn ? -1 : 1));
    const played: PlayedStep[] = [];
    return time.run(async () => {
      let day = '';
      let minute = 0;
      for (const step of ordered) {
        if (isAfter(step.recordedOn, today)) throw new Error(`Demo step recorded on ${step.recordedOn}, after today (${today})`);
        minute = step.recordedOn === day ? minute + 1 : FIRST_MINUTE_OF_DAY;
        day = step.recordedOn;
        const planned = new Date(Date.parse(`${day}T00:00:00Z`) + minute * 60_000);
        const at = planned.getTime() > notAfter.getTime() ? notAfter : planned;
        time.set({ now: at, today: day });
        await step.run();
        played.push({ recordedOn: day, at });
      }
      return played;
    });
  }

  /** A week before the first dated step (today when there is none). */
  private startOfHistory(today: LocalDate): LocalDate {
    const dated = this.steps.map((step) => step.recordedOn).filter((day): day is LocalDate => day !== null);
    const first = dated.reduce((earliest, day) => (day < earliest ? day : earliest), today);
    return addDays(first, -SET_UP_DAYS_BEFORE);
  }
}
