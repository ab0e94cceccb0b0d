import { DomainEvent } from '../shared/decider';
import { SchoolPhase } from './school-values';
import { DelegationRule } from '../delegation/scheme';

/** The trust stream (`trust-{trustId}`) owns the trust, its list of schools and its security policy. */
export type TrustRegistered = DomainEvent<'TrustRegistered', { trustId: string; name: string }>;

export type SchoolAdded = DomainEvent<
  'SchoolAdded',
  { schoolId: string; name: string; urn?: string; phase?: SchoolPhase }
>;

export type SchoolRenamed = DomainEvent<
  'SchoolRenamed',
  { schoolId: string; name: string; previousName: string }
>;

/**
 * A school's URN or phase changed (a new name is SchoolRenamed, kept as it was so that stores
 * written before this event existed fold the same). Only the fields that changed are present.
 */
export type SchoolDetailsChanged = DomainEvent<
  'SchoolDetailsChanged',
  {
    schoolId: string;
    urn?: string;
    previousUrn?: string | null;
    phase?: SchoolPhase;
    previousPhase?: SchoolPhase | null;
  }
>;

/** The school left the trust (e.g. moved to another MAT): it disappears from every list. */
export type SchoolLeftTrust = DomainEvent<'SchoolLeftTrust', { schoolId: string }>;

export type TrustSecurityPolicySet = DomainEvent<
  'TrustSecurityPolicySet',
  { requireMfaForAdmins: boolean }
>;

/** The trust's scheme of delegation, replaced as a whole (an empty list clears it). */
export type SchemeOfDelegationSet = DomainEvent<'SchemeOfDelegationSet', { rules: DelegationRule[] }>;

export type TrustEvent =
  | TrustRegistered
  | SchoolAdded
  | SchoolRenamed
  | SchoolDetailsChanged
  | SchoolLeftTrust
  | TrustSecurityPolicySet
  | SchemeOfDelegationSet;

export const TRUST_EVENT_TYPES: readonly TrustEvent['type'][] = [
  'TrustRegistered',
  'SchoolAdded',
  'SchoolRenamed',
  'SchoolDetailsChanged',
  'SchoolLeftTrust',
  'TrustSecurityPolicySet',
  'SchemeOfDelegationSet',
];
