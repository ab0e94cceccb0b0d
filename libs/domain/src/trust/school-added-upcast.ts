import type { UpcastStep } from '../upcasting/upcaster';

/**
 * SchoolAdded version 1 allowed the phases `16-plus` and `middle`; version 2 uses the contract's
 * names. `16-plus` reads as `sixteen-plus`. `middle` has no counterpart (a middle school is
 * deemed primary or deemed secondary, and the event does not say which), so it reads as a school
 * whose phase is not yet given: a trust admin sets it with PATCH .../schools/:schoolId.
 */
export const schoolAddedPhasesV2: UpcastStep = {
  type: 'SchoolAdded',
  fromVersion: 1,
  upcast: (data) => {
    if (data.phase === '16-plus') return { data: { ...data, phase: 'sixteen-plus' } };
    if (data.phase === 'middle') {
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      const { phase, ...rest } = data;
      return { data: rest };
    }
    return { data: { ...data } };
  },
};
