import type {
  AppendOptions,
  EventStore,
  NewEvent,
  Position,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
} from '../event-store';
import type { SqliteEventStore } from '../sqlite-event-store';

/**
 * Fault injection around the real SQLite store: its first subscription fails after
 * `failAfter` events, as a dropped EventStoreDB connection does; later subscriptions are the
 * store's own, held back until `release()` so a test can look at the runner while it is down.
 */
export class DroppingStore implements EventStore {
  readonly kind = 'sqlite' as const;
  readonly subscribedFrom: (Position | undefined)[] = [];
  private released!: () => void;
  private readonly held = new Promise<void>((resolve) => (this.released = resolve));
  private resubscribed!: () => void;
  /** Resolves when the runner subscribes again after the drop. */
  readonly resubscription = new Promise<void>((resolve) => (this.resubscribed = resolve));

  constructor(
    private readonly inner: SqliteEventStore,
    private readonly failAfter: number,
  ) {}

  appendToStream(streamId: string, events: NewEvent[], options: AppendOptions) {
    return this.inner.appendToStream(streamId, events, options);
  }
  readStream(streamId: string, options?: ReadStreamOptions) {
    return this.inner.readStream(streamId, options);
  }
  readEventById(eventId: string) {
    return this.inner.readEventById(eventId);
  }
  deleteStream(streamId: string) {
    return this.inner.deleteStream(streamId);
  }
  readAll(options?: ReadAllOptions) {
    return this.inner.readAll(options);
  }
  headPosition() {
    return this.inner.headPosition();
  }
  close() {
    return this.inner.close();
  }
  release(): void {
    this.released();
  }

  subscribeToAll(options: SubscribeOptions = {}): Subscription {
    this.subscribedFrom.push(options.after);
    const inner = this.inner.subscribeToAll(options);
    const first = this.subscribedFrom.length === 1;
    if (!first) this.resubscribed();
    const { failAfter, held } = this;
    let closed!: () => void;
    const closing = new Promise<void>((resolve) => (closed = resolve));
    async function* events(): AsyncGenerator<RecordedEvent> {
      if (!first) await Promise.race([held, closing]);
      let delivered = 0;
      for await (const event of inner) {
        yield event;
        delivered += 1;
        if (first && delivered === failAfter) throw new Error('connection reset (fault injected)');
      }
    }
    const iterator = events();
    return {
      [Symbol.asyncIterator]: () => iterator,
      async close() {
        closed();
        await inner.close();
        await iterator.return(undefined);
      },
    };
  }
}

