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

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
  today(): string {
    return londonDate.format(this.now());
  }
}

/** CLOCK_TODAY: the calendar date is fixed; instants still advance so events stay ordered in time. */
export class FixedDateClock extends SystemClock {
  constructor(private readonly fixedToday: string) {
    super();
  }
  override today(): string {
    return this.fixedToday;
  }
}
