import type { UpcastStep } from '../upcasting/upcaster';

/**
 * PolicyVersionDrafted version 2 can carry the attached document's record (`document`); a
 * version-1 event was drafted with a link at most, so it reads as one with no document.
 */
export const policyVersionDocumentV2: UpcastStep = {
  type: 'PolicyVersionDrafted',
  fromVersion: 1,
  upcast: (data) => ({ data: { ...data, document: null } }),
};
