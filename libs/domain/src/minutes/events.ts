import { DomainEvent } from '../shared/decider';
import { LocalDate } from '../time/local-date';
import { TermId } from '../time/term';

/** The formats the clerk's pack is generated in. */
export const minutesFormats = ['json', 'markdown', 'docx'] as const;
export type MinutesFormat = (typeof minutesFormats)[number];

/** The governing body a pack is for: the trust board (all academies) or one school's. */
export type MinutesBody = 'trust-board' | 'local-governing-body';

/**
 * A clerk (or anyone allowed to read it) generated the inputs for a meeting's minutes, stream
 * `minutes-{trustId}.{term}`: the audit trail then shows which facts the minutes were built on.
 */
export type MinutesInputsGeneratedData = {
  trustId: string;
  term: TermId;
  body: MinutesBody;
  /** The school of a local governing body's pack; null for the trust board's. */
  schoolId: string | null;
  format: MinutesFormat;
  /** Opaque person id (or `operator`). */
  generatedBy: string;
  /** The day the pack was built for: statuses were assessed on it (the rebuild uses it again). */
  generatedOn: LocalDate;
  /**
   * The log position the read models stood at when the pack was built (a decimal string, as
   * positions travel), so it can be rebuilt as it was; null for a pack recorded before version 2.
   */
  builtAt: string | null;
  /** SHA-256 (hex) of the exact bytes sent; null before version 2. */
  sha256: string | null;
  /**
   * SHA-256 (hex) of the pack's JSON form: what a Word pack is checked on, since the Word
   * writer stamps the time of writing into its bytes. Equal to sha256 for a JSON pack.
   */
  inputsSha256: string | null;
  /**
   * The pack carries the "Read and acknowledge" section (counts at `builtAt`): true for packs
   * recorded since it exists; absent before, and those packs are rebuilt without it.
   */
  readAndAcknowledge?: true;
};
export type MinutesInputsGenerated = DomainEvent<
  'MinutesInputsGenerated',
  MinutesInputsGeneratedData
>;

export type MinutesEvent = MinutesInputsGenerated;

export interface MinutesState {
  /** How many packs were generated for the term. */
  generations: number;
}

export function initialMinutesState(): MinutesState {
  return { generations: 0 };
}

export function evolveMinutes(state: MinutesState, event: MinutesEvent): MinutesState {
  switch (event.type) {
    case 'MinutesInputsGenerated':
      return { generations: state.generations + 1 };
    default: {
      // Compile-time exhaustiveness; at run time an unknown event type leaves the state as it is.
      const _unknown: never = event.type;
      return state;
    }
  }
}

/** One stream per trust and term keeps each stream short however many packs are generated. */
export function minutesStreamId(trustId: string, term: TermId): string {
  return `minutes-${trustId}.${term}`;
}
