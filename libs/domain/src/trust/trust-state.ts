import { assertNever } from '../shared/decider';
import { SchoolPhase } from './school-values';
import { TrustEvent } from './trust-events';
import { DelegationRule } from '../delegation/scheme';

export interface TrustSchool {
  schoolId: string;
  name: string;
  urn?: string;
  phase?: SchoolPhase;
}

export interface RegisteredTrust {
  exists: true;
  trustId: string;
  name: string;
  /** Schools currently in the trust, in the order they joined; a school that left is removed. */
  schools: readonly TrustSchool[];
  /** Ids of schools that left: they stay unknown (404) and their ids are never reused. */
  leftSchoolIds: readonly string[];
  requireMfaForAdmins: boolean;
  /** The scheme of delegation; null until the trust sets one (then nothing is checked). */
  delegation: readonly DelegationRule[] | null;
}

export type TrustState = { exists: false } | RegisteredTrust;

export const initialTrustState = (): TrustState => ({ exists: false });

export function evolveTrust(state: TrustState, event: TrustEvent): TrustState {
  if (event.type === 'TrustRegistered') {
    return {
      exists: true,
      trustId: event.data.trustId,
      name: event.data.name,
      schools: [],
      leftSchoolIds: [],
      requireMfaForAdmins: false,
      delegation: null,
    };
  }
  if (!state.exists) return state;
  switch (event.type) {
    case 'SchoolAdded':
      return { ...state, schools: [...state.schools, { ...event.data }] };
    case 'SchoolRenamed':
      return {
        ...state,
        schools: state.schools.map((s) =>
          s.schoolId === event.data.schoolId ? { ...s, name: event.data.name } : s,
        ),
      };
    case 'SchoolDetailsChanged': {
      const { schoolId, urn, phase } = event.data;
      return {
        ...state,
        schools: state.schools.map((s) =>
          s.schoolId === schoolId
            ? { ...s, ...(urn !== undefined ? { urn } : {}), ...(phase !== undefined ? { phase } : {}) }
            : s,
        ),
      };
    }
    case 'SchoolLeftTrust':
      return {
        ...state,
        schools: state.schools.filter((s) => s.schoolId !== event.data.schoolId),
        leftSchoolIds: [...state.leftSchoolIds, event.data.schoolId],
      };
    case 'TrustSecurityPolicySet':
      return { ...state, requireMfaForAdmins: event.data.requireMfaForAdmins };
    case 'SchemeOfDelegationSet':
      return { ...state, delegation: event.data.rules.length === 0 ? null : event.data.rules };
    default:
      return assertNever(event);
  }
}

/** A school of the trust that has not left, or undefined. */
export function activeSchool(state: TrustState, schoolId: string): TrustSchool | undefined {
  return state.exists ? state.schools.find((school) => school.schoolId === schoolId) : undefined;
}
