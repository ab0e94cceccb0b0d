import { Decider } from '../shared/decider';
import { EvidencePackCommand, decideEvidencePack } from './decide';
import { EvidencePackEvent, EvidencePackState, evolveEvidencePack, initialEvidencePackState } from './events';

/** The record of evidence packs taken for a school, stream `evidence-{schoolId}` (evidencePackStreamId). */
export const evidencePackDecider: Decider<EvidencePackCommand, EvidencePackEvent, EvidencePackState> = {
  decide: decideEvidencePack,
  evolve: evolveEvidencePack,
  initialState: initialEvidencePackState,
};
