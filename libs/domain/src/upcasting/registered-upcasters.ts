import { minutesGeneratedFrozenV2 } from '../minutes/generated-upcast';
import { policyVersionDocumentV2 } from '../policy/version-document-upcast';
import { policyRegisteredAppliesToV2 } from '../policy/applies-to-upcast';
import { policyRegisteredAcknowledgementV3 } from '../acknowledgement/requirement-upcast';
import { schoolAddedPhasesV2 } from '../trust/school-added-upcast';
import { createUpcaster, UpcastStep } from './upcaster';

/**
 * Every real shape change of a stored event, oldest first. When an event's data changes shape, add a step here (and a spec beside it) rather
 * than teaching deciders or read models the old shape.
 */
export const REGISTERED_UPCAST_STEPS: readonly UpcastStep[] = [
  schoolAddedPhasesV2,
  policyVersionDocumentV2,
  minutesGeneratedFrozenV2,
  policyRegisteredAppliesToV2,
  policyRegisteredAcknowledgementV3,
];

/** The upcaster production reads through; tests build their own with createUpcaster. */
export const defaultUpcaster = createUpcaster(REGISTERED_UPCAST_STEPS);
