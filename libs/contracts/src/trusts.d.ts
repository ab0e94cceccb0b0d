/** GET /api/trusts/{trustId}. */
export interface Trust {
  id: string;
  name: string;
  /** How many schools the trust has. */
  schools: number;
  securityPolicy: { requireMfaForAdmins: boolean };
}

/** One of GET /api/trusts/{trustId}/schools. */
export interface School {
  id: string;
  name: string;
  /** The DfE unique reference number. */
  urn: string | null;
  phase: string | null;
}

/** One of GET /api/trusts/{trustId}/people/names. */
export interface PersonName {
  id: string;
  /** Null once the person's personal data has been erased. */
  name: string | null;
}

/** One of GET /api/trusts/{trustId}/schools/{schoolId}/link-governors. */
export interface LinkGovernor {
  personId: string;
  /** Null once the person's personal data has been erased. */
  name: string | null;
  area: string;
  policyIds: string[];
}
