import { MfaRemovalReason, PasswordLinkPurpose, PersonDetailField } from './person-events';
import { RoleGrant } from './roles';

/**
 * Commands on a person's stream. `trustId` is the trust the request was made in: a person of
 * another trust is answered as not found. `activeSchoolIds` are the trust's current schools,
 * read by the caller from the trust stream, so a school-scoped grant names a real school.
 */
export type PersonCommand =
  | {
      type: 'RegisterPerson';
      personId: string;
      trustId: string;
      roles: readonly RoleGrant[];
      activeSchoolIds: readonly string[];
    }
  | {
      type: 'GrantRole';
      personId: string;
      trustId: string;
      grant: RoleGrant;
      activeSchoolIds: readonly string[];
    }
  | { type: 'RevokeRole'; personId: string; trustId: string; grant: RoleGrant }
  | { type: 'ErasePerson'; personId: string; trustId: string }
  | { type: 'EnrolMfa'; personId: string; trustId: string }
  | { type: 'RemoveMfa'; personId: string; trustId: string; reason: MfaRemovalReason }
  | {
      type: 'RecordDetailsChanged';
      personId: string;
      trustId: string;
      fields: readonly PersonDetailField[];
    }
  | { type: 'InvitePerson'; personId: string; trustId: string; expiresAt: string }
  | { type: 'RecordPasswordSetWithLink'; personId: string; trustId: string; via: PasswordLinkPurpose };
