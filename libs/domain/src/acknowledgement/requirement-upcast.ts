import type { UpcastStep } from '../upcasting/upcaster';
import { acknowledgementRequiredAtRegistration } from './requirement';

/**
 * PolicyRegistered version 3 says whether staff must acknowledge each adopted version
 * (`acknowledgementRequired`). A version-2 policy was registered before the flag existed, so it
 * reads as its catalogue entry's default (false for a policy registered by hand).
 */
export const policyRegisteredAcknowledgementV3: UpcastStep = {
  type: 'PolicyRegistered',
  fromVersion: 2,
  upcast: (data) => ({
    data: {
      ...data,
      acknowledgementRequired: acknowledgementRequiredAtRegistration({
        catalogueKey: typeof data.catalogueKey === 'string' ? data.catalogueKey : null,
      }),
    },
  }),
};
