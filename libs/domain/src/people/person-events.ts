import { DomainEvent } from '../shared/decider';
import { PersonRole } from './roles';

/**
 * The person stream (`person-{personId}`). Events carry opaque ids only: names, emails and
 * credentials live in the directory, so erasing a person leaves the log intact.
 */
export type PersonRegistered = DomainEvent<
  'PersonRegistered',
  { personId: string; trustId: string }
>;

export type RoleGranted = DomainEvent<
  'RoleGranted',
  { personId: string; role: PersonRole; schoolId?: string }
>;

export type RoleRevoked = DomainEvent<
  'RoleRevoked',
  { personId: string; role: PersonRole; schoolId?: string }
>;

/** The person's personal data was erased from the directory; their roles end with it. */
export type PersonErased = DomainEvent<'PersonErased', { personId: string }>;

/** A second factor was set up. The secret itself never enters the log. */
export type MfaEnrolled = DomainEvent<'MfaEnrolled', { personId: string; method: 'totp' }>;

export type MfaRemovalReason = 'removed-by-person' | 'reset-by-admin';

export type MfaRemoved = DomainEvent<
  'MfaRemoved',
  { personId: string; method: 'totp'; reason: MfaRemovalReason }
>;

export type PersonEvent =
  PersonRegistered | RoleGranted | RoleRevoked | PersonErased | MfaEnrolled | MfaRemoved;

export const PERSON_EVENT_TYPES: readonly PersonEvent['type'][] = [
  'PersonRegistered',
  'RoleGranted',
  'RoleRevoked',
  'PersonErased',
  'MfaEnrolled',
  'MfaRemoved',
];
