import { Position, RecordedEvent, Subscription } from './event-store';

export interface CatchUpSource {
  /** Reads up to `maxCount` events strictly after `after`, in global order. */
  readAfter(after: Position, maxCount: number): Promise<RecordedEvent[]>;
  /** Resolves when new events may be there (an append, a poll tick) or when `signal` aborts. */
  waitForAppend(signal: AbortSignal): Promise<void>;
}

const BATCH_SIZE = 500;

/**
 * A subscription that reads the log in batches from a checkpoint and, once caught up,
 * sleeps until the source says more may have arrived. Because it always resumes from the
 * last position it delivered, it can never skip or repeat an event.
 */
export function catchUpSubscription(source: CatchUpSource, after: Position = 0n): Subscription {
  const abort = new AbortController();
  let checkpoint = after;

  async function* events(): AsyncGenerator<RecordedEvent> {
    while (!abort.signal.aborted) {
      const batch = await source.readAfter(checkpoint, BATCH_SIZE);
      for (const event of batch) {
        if (abort.signal.aborted) return;
        checkpoint = event.position;
        yield event;
      }
      if (batch.length < BATCH_SIZE) await source.waitForAppend(abort.signal);
    }
  }

  const iterator = events();
  return {
    [Symbol.asyncIterator]: () => iterator,
    async close() {
      abort.abort();
      await iterator.return(undefined);
    },
  };
}
