import type { RecordedEvent } from '@governance/event-store';

/** The trust an event belongs to: its metadata, its data, or its `trust-{id}` stream. */
export function trustIdOf(event: RecordedEvent): string | null {
  const fromMetadata = event.metadata.trustId;
  if (typeof fromMetadata === 'string' && fromMetadata !== '') return fromMetadata;
  const fromData = (event.data as { trustId?: unknown }).trustId;
  if (typeof fromData === 'string' && fromData !== '') return fromData;
  const stream = /^trust-(.+)$/.exec(event.streamId);
  return stream ? stream[1] : null;
}

/** Reads an event's data as the shape its type promises (the deciders wrote it). */
export function dataOf<Data>(event: RecordedEvent): Data {
  return event.data as unknown as Data;
}
