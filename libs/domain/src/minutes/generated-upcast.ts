import type { UpcastStep } from '../upcasting/upcaster';

/**
 * MinutesInputsGenerated version 2 records where the pack was built in the log and the SHA-256
 * of what was sent; a version-1 event recorded neither, so its pack cannot be rebuilt.
 */
export const minutesGeneratedFrozenV2: UpcastStep = {
  type: 'MinutesInputsGenerated',
  fromVersion: 1,
  upcast: (data) => ({ data: { ...data, builtAt: null, sha256: null, inputsSha256: null } }),
};
