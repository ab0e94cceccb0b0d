import { DomainEvent } from '../shared/decider';
import { LocalDate } from '../time/local-date';

/**
 * Someone took a school's evidence pack (for an inspection or an audit), stream
 * `evidence-{schoolId}`: the audit trail shows who took which pack, as of which day, at which
 * log position, and the SHA-256 of its manifest so a pack handed over can be matched to it.
 */
export type EvidencePackGeneratedData = {
  trustId: string;
  schoolId: string;
  asOf: LocalDate;
  /** The log position the pack was built at, a decimal string. */
  position: string;
  /** SHA-256 (hex) of the pack's manifest.json. */
  manifestSha256: string;
  /** Opaque person id (or `operator`). */
  generatedBy: string;
  generatedOn: LocalDate;
};
export type EvidencePackGenerated = DomainEvent<'EvidencePackGenerated', EvidencePackGeneratedData>;

export type EvidencePackEvent = EvidencePackGenerated;

export interface EvidencePackState {
  /** How many packs were taken for the school. */
  generations: number;
}

export function initialEvidencePackState(): EvidencePackState {
  return { generations: 0 };
}

export function evolveEvidencePack(state: EvidencePackState, event: EvidencePackEvent): EvidencePackState {
  switch (event.type) {
    case 'EvidencePackGenerated':
      return { generations: state.generations + 1 };
    default: {
      // Compile-time exhaustiveness; at run time an unknown event type leaves the state as it is.
      const _unknown: never = event.type;
      return state;
    }
  }
}

export function evidencePackStreamId(schoolId: string): string {
  return `evidence-${schoolId}`;
}
