import { DuplicateEventIdError } from './errors';
import { AppendResult, NewEvent, Position } from './event-store';

/** Where an event id is stored: enough to recognise an earlier append of the same events. */
export interface StoredAt {
  streamId: string;
  revision: number;
  position: Position;
}

/**
 * Decides what an append whose ids may be stored already is, from where each id is stored
 * (undefined: not stored). Undefined when none is stored (a new append); the earlier append's
 * result when every id is stored in this stream, in this order, at consecutive revisions (a
 * retry, answered as the first, whatever revision the stream has moved on to); otherwise a
 * DuplicateEventIdError, since storing the rest would store some events twice or split a batch.
 */
export function earlierAppendOf(
  streamId: string,
  events: readonly NewEvent[],
  found: readonly (StoredAt | undefined)[],
): AppendResult | undefined {
  if (found.every((at) => at === undefined)) return undefined;
  const first = found[0];
  const isSameAppend =
    first !== undefined &&
    found.every(
      (at, index) =>
        at !== undefined && at.streamId === streamId && at.revision === first.revision + index,
    );
  if (isSameAppend) {
    const last = found[found.length - 1] as StoredAt;
    return { nextExpectedRevision: last.revision, position: last.position };
  }
  const index = found.findIndex((at) => at !== undefined);
  const stored = found[index] as StoredAt;
  if (stored.streamId !== streamId) throw new DuplicateEventIdError(events[index].id);
  throw new DuplicateEventIdError(
    events[index].id,
    `Event id ${events[index].id} was already appended to ${streamId} at revision ${stored.revision}, ` +
      'but this append is not that earlier append repeated whole: repeat it exactly or use new ids',
  );
}
