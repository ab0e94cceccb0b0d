/** PATCH /api/trusts/{trustId}/schools/{schoolId}: any of the three, at least one. */
export interface ChangeSchoolRequest {
  name?: string;
  /** The DfE's six-digit Unique Reference Number. */
  urn?: string;
  /** nursery, primary, secondary, all-through, special, alternative-provision or sixteen-plus. */
  phase?: string;
}

/** PATCH /api/trusts/{trustId}/people/{personId}: either or both. */
export interface ChangePersonRequest {
  name?: string;
  email?: string;
}

/** POST /api/trusts/{trustId}/people/{personId}/invitation answers 201 with this. */
export interface InvitationSent {
  id: string;
  position: string;
  /** When the emailed link stops working (7 days after sending). */
  expiresAt: string;
}

/** POST /api/auth/password-reset and POST /api/auth/email-link. */
export interface EmailOnlyRequest {
  email: string;
}

/** POST /api/auth/password/set: the token from an invitation or password-reset email. */
export interface SetPasswordWithLinkRequest {
  token: string;
  password: string;
}

/** POST /api/auth/email-link/consume: the token from a sign-in email, and the code for two-step sign-in. */
export interface ConsumeSignInLinkRequest {
  token: string;
  totp?: string;
}
