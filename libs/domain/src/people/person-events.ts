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

/**
 * A trust admin changed the person's name or email in the directory. The values stay in the
 * directory (personal data never enters the log); the event says which fields changed.
 */
export type PersonDetailsChanged = DomainEvent<
  'PersonDetailsChanged',
  { personId: string; fields: PersonDetailField[] }
>;
export type PersonDetailField = 'name' | 'email';

/**
 * A trust admin sent the person an email with a one-time link to set their password. The link's
 * token is a secret: neither it nor its hash is in the event, only when the link stops working.
 */
export type PersonInvited = DomainEvent<'PersonInvited', { personId: string; expiresAt: string }>;

export type PasswordLinkPurpose = 'invitation' | 'password-reset';

/** The person set their password with an emailed one-time link (an invitation or a reset). */
export type PasswordSetWithLink = DomainEvent<
  'PasswordSetWithLink',
  { personId: string; via: PasswordLinkPurpose }
>;

export type PersonEvent =
  | PersonRegistered
  | RoleGranted
  | RoleRevoked
  | PersonErased
  | MfaEnrolled
  | MfaRemoved
  | PersonDetailsChanged
  | PersonInvited
  | PasswordSetWithLink;

export const PERSON_EVENT_TYPES: readonly PersonEvent['type'][] = [
  'PersonRegistered',
  'RoleGranted',
  'RoleRevoked',
  'PersonErased',
  'MfaEnrolled',
  'MfaRemoved',
  'PersonDetailsChanged',
  'PersonInvited',
  'PasswordSetWithLink',
];
