/** No slot free and the waiting line full: the caller should answer "busy, try again". */
export class ExtractionBusyError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('Too many documents are being read at once.');
    this.name = 'ExtractionBusyError';
  }
}

/**
 * A counting semaphore with a bounded waiting line: `acquire` resolves with a release function
 * once one of `size` slots is free, and throws ExtractionBusyError when `waitingRoom` callers
 * already wait.
 */
export class ExtractionSlots {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly size: number,
    private readonly waitingRoom: number,
    private readonly retryAfterSeconds: number,
  ) {}

  async acquire(): Promise<() => void> {
    if (this.running >= this.size) {
      if (this.waiting.length >= this.waitingRoom) throw new ExtractionBusyError(this.retryAfterSeconds);
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      // The slot passes straight to the next in line, so `running` stays as it is.
      if (next) next();
      else this.running--;
    };
  }
}
