/**
 * The folded state of recently written streams, so a command reads only the events appended
 * since (by this or another process) instead of loading and folding the whole stream again.
 * Entries are keyed by decider and stream; a stale entry is harmless because the command still
 * reads every newer event and appends with the revision it folded to.
 */
export interface CachedStream<State> {
  state: State;
  /** Revision of the last event folded in; -1 for a stream with no events. */
  revision: number;
  /** Tamper-evidence hash of that event, to chain the next one to. */
  lastHash: string | undefined;
}

export class StreamStateCache {
  private readonly entries = new Map<string, CachedStream<unknown>>();
  private readonly deciderIds = new WeakMap<object, number>();
  private nextDeciderId = 0;

  constructor(private readonly capacity = 10_000) {}

  get<State>(decider: object, streamId: string): CachedStream<State> | undefined {
    const key = this.key(decider, streamId);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Most recently used last, so the oldest is the first to go.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry as CachedStream<State>;
  }

  set<State>(decider: object, streamId: string, entry: CachedStream<State>): void {
    const key = this.key(decider, streamId);
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }

  forget(decider: object, streamId: string): void {
    this.entries.delete(this.key(decider, streamId));
  }

  private key(decider: object, streamId: string): string {
    let id = this.deciderIds.get(decider);
    if (id === undefined) {
      id = this.nextDeciderId++;
      this.deciderIds.set(decider, id);
    }
    return `${id}\u0000${streamId}`;
  }
}
