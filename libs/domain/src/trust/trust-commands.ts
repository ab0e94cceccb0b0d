/** Commands on the trust stream. Ids are chosen by the caller (the server generates them). */
export type TrustCommand =
  | { type: 'RegisterTrust'; trustId: string; name: string }
  | {
      type: 'AddSchool';
      trustId: string;
      schoolId: string;
      name: string;
      urn?: string;
      phase?: string;
    }
  | {
      type: 'ChangeSchoolDetails';
      trustId: string;
      schoolId: string;
      name?: string;
      urn?: string;
      phase?: string;
    }
  | { type: 'SchoolLeavesTrust'; trustId: string; schoolId: string }
  | { type: 'SetSecurityPolicy'; trustId: string; requireMfaForAdmins: boolean }
  | { type: 'SetSchemeOfDelegation'; trustId: string; rules: unknown };
