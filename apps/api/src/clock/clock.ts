import { simulatedMoment } from './simulated-time';

/** The source of "now" and "today", injected so tests and the scheduler can run as of any date. */
export abstract class Clock {
  abstract now(): Date;
  /** Today's calendar date in Europe/London, YYYY-MM-DD. */
  abstract today(): string;
}

const londonDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The real clock, except inside a SimulatedTime run (the demo's history), which answers its own moment. */
export class SystemClock extends Clock {
  now(): Date {
    const simulated = simulatedMoment();
    return simulated ? new Date(simulated.now.getTime()) : new Date();
  }
  today(): string {
    return simulatedMoment()?.today ?? londonDate.format(this.now());
  }
}

/** CLOCK_TODAY: the calendar date is fixed; instants still advance so events stay ordered in time. */
export class FixedDateClock extends SystemClock {
  constructor(private readonly fixedToday: string) {
    super();
  }
  override today(): string {
    return simulatedMoment()?.today ?? this.fixedToday;
  }
}
