// The routes a person reaches from an email (invitations, password reset, sign-in links); the
// set-up bodies the trust-admin area sends are in setup.d.ts.

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
