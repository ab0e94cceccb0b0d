/**
 * Events are stored forever in the shape they had when appended. An upcaster reads an old shape
 * as the current one, one step per schema version (v1 -> v2 -> v3), so deciders and read models
 * only ever know the current shape. The stored event is never rewritten: the tamper-evidence
 * chain hashes what was stored, and is verified on that.
 */

/** The version every event type starts at, and the one stamped when a type has no upcaster. */
export const FIRST_SCHEMA_VERSION = 1;

/** What an upcaster reads and answers: the stored envelope, extra fields (position, id) pass through. */
export interface VersionedEvent {
  type: string;
  data: Readonly<Record<string, unknown>>;
  metadata: Readonly<Record<string, unknown>>;
}

/** One step: reads `type` at `fromVersion` and answers it at `fromVersion + 1` (optionally renamed). */
export interface UpcastStep {
  type: string;
  fromVersion: number;
  /** Must answer plain JSON: the result is read as the stored data would be. */
  upcast(data: Readonly<Record<string, unknown>>): { type?: string; data: Record<string, unknown> };
}

export interface Upcaster {
  /** The event in its type's current shape; the same object when no step applies. */
  upcast<Event extends VersionedEvent>(event: Event): Event;
  /** The version to stamp on a new event of `type`. */
  currentVersion(type: string): number;
}

/** The stored version; events stamped before versions existed count as the first. */
export function schemaVersionOf(event: VersionedEvent): number {
  const version = event.metadata.schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) ? version : FIRST_SCHEMA_VERSION;
}

export function createUpcaster(steps: readonly UpcastStep[]): Upcaster {
  const byType = new Map<string, Map<number, UpcastStep>>();
  const current = new Map<string, number>();
  for (const step of steps) {
    const versions = byType.get(step.type) ?? new Map<number, UpcastStep>();
    if (versions.has(step.fromVersion)) {
      throw new Error(`Two upcasters read ${step.type} at version ${step.fromVersion}`);
    }
    versions.set(step.fromVersion, step);
    byType.set(step.type, versions);
    current.set(step.type, Math.max(current.get(step.type) ?? FIRST_SCHEMA_VERSION, step.fromVersion + 1));
  }

  return {
    upcast<Event extends VersionedEvent>(event: Event): Event {
      // The hot path: a type with no upcaster costs one Map lookup.
      if (!byType.has(event.type)) return event;
      let type = event.type;
      let data: Readonly<Record<string, unknown>> = event.data;
      let version = schemaVersionOf(event);
      for (let step = byType.get(type)?.get(version); step; step = byType.get(type)?.get(version)) {
        const next = step.upcast(data);
        type = next.type ?? type;
        data = next.data;
        version += 1;
      }
      if (version === schemaVersionOf(event)) return event;
      return { ...event, type, data, metadata: { ...event.metadata, schemaVersion: version } } as Event;
    },
    currentVersion(type: string): number {
      return current.get(type) ?? FIRST_SCHEMA_VERSION;
    },
  };
}
