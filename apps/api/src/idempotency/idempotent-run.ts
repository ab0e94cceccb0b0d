import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { deterministicEventId } from '../commands/name-based-id';

/**
 * The request with an Idempotency-Key now being handled. Every id it makes (new entities, event
 * ids) is derived from the reservation's seed, so running the request again after a crash makes
 * the same ids, and a retry can find in the log what the dead run appended.
 */
export class IdempotentRun {
  private readonly counters = new Map<string, number>();

  constructor(
    readonly key: string,
    /** Random per reservation (not the key itself): a key reused after it expires names new ids. */
    readonly seed: string,
    /** True when an earlier run of this request may have appended before it died. */
    readonly rerun: boolean,
  ) {}

  /** The n-th id of this name in the request, the same in every run of it. */
  nextId(name: string): string {
    const n = this.counters.get(name) ?? 0;
    this.counters.set(name, n + 1);
    return deterministicEventId(`idempotent/${this.seed}/${name}/${n}`);
  }

  /** The ids of the events of the request's next command on this stream, by index. */
  eventIdsFor(streamId: string): (index: number) => string {
    const command = this.nextId(`stream/${streamId}`);
    return (index) => deterministicEventId(`${command}/${index}`);
  }
}

const storage = new AsyncLocalStorage<IdempotentRun>();

export function runIdempotently<T>(run: IdempotentRun, work: () => T): T {
  return storage.run(run, work);
}

export function currentIdempotentRun(): IdempotentRun | undefined {
  return storage.getStore();
}

/** A new entity's id: derived from the request's Idempotency-Key when it has one, else random. */
export function newEntityId(kind: string): string {
  return currentIdempotentRun()?.nextId(`entity/${kind}`) ?? randomUUID();
}
