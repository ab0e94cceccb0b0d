/**
 * The EventStore port: an append-only log of streams with a global order.
 * Positions are bigint because EventStoreDB commit positions exceed 2^53; they travel
 * over HTTP as decimal strings.
 */
export type Position = bigint;

/** What the writer believes about the stream before appending. */
export type ExpectedRevision = number | 'no-stream' | 'stream-exists' | 'any';

export type JsonObject = { [key: string]: unknown };

export interface NewEvent {
  /** A UUID; appending the same ids again at the same place is recognised as a retry. */
  id: string;
  type: string;
  data: JsonObject;
  metadata: JsonObject;
}

export interface RecordedEvent<Data extends JsonObject = JsonObject> {
  id: string;
  streamId: string;
  /** 0-based revision of the event within its stream. */
  revision: number;
  position: Position;
  type: string;
  data: Data;
  metadata: JsonObject;
  /** ISO instant at which the store recorded the event. */
  recordedAt: string;
}

export interface AppendOptions {
  expectedRevision: ExpectedRevision;
}

export interface AppendResult {
  /** Revision of the last event appended: the expected revision for the next append. */
  nextExpectedRevision: number;
  /** Global position of the last event appended. */
  position: Position;
}

export interface ReadStreamOptions {
  fromRevision?: number;
  direction?: 'forwards' | 'backwards';
  maxCount?: number;
}

export interface ReadAllOptions {
  /** Read events strictly after this position (a checkpoint); omit to start at the beginning. */
  after?: Position;
  maxCount?: number;
}

export interface SubscribeOptions {
  /** Deliver events strictly after this position; omit to start at the beginning. */
  after?: Position;
}

/** A live feed of the global log. Iterate it; `close()` ends the iteration. */
export interface Subscription extends AsyncIterable<RecordedEvent> {
  close(): Promise<void>;
}

export type EventStoreKind = 'sqlite' | 'eventstoredb';

export interface EventStore {
  readonly kind: EventStoreKind;
  appendToStream(streamId: string, events: NewEvent[], options: AppendOptions): Promise<AppendResult>;
  /** Events of one stream; an unknown stream reads as empty. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** The stored event with this id, in whichever stream it is; undefined when none is stored. */
  readEventById(eventId: string): Promise<RecordedEvent | undefined>;
  /** Events of every stream in global order (system events and key streams excluded). */
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /** Position of the newest event readAll would answer, or 0n when there is none. */
  headPosition(): Promise<Position>;
  /**
   * Deletes a key stream (see KEY_STREAM_PREFIXES) for good: it then reads as empty, refuses
   * every append (StreamDeletedError) and its positions are never reused. Deleting it again, or
   * a key stream never written, is no error. Any other stream: StreamNotDeletableError.
   */
  deleteStream(streamId: string): Promise<void>;
  /** Catches up from `after`, then follows new appends in order until closed. */
  subscribeToAll(options?: SubscribeOptions): Subscription;
  close(): Promise<void>;
}

/** The EventStore's injection token in Nest (the port is an interface, so it needs one). */
export const EVENT_STORE = Symbol('EVENT_STORE');
