import { DomainError } from '../shared/domain-error';

/**
 * The rules of a person's sign-in credentials (password and two-step sign-in by TOTP): when
 * setting or changing them is refused, and what the person is told. The app holds the
 * credentials and checks the codes; these decide.
 */

/** An erased person's record keeps no credentials. */
export function refuseCredentialsForErased(erased: boolean): void {
  if (erased) throw new DomainError('person-erased', "This person's record was erased.");
}

/** Setting it up again while it is on would silently move it to another phone. */
export function refuseMfaAlreadyOn(mfaIsOn: boolean): void {
  if (mfaIsOn) {
    throw new DomainError(
      'mfa-already-enrolled',
      'Two-step sign-in is already set up. To move it to a new phone, remove it first or ask a trust admin to reset it.',
    );
  }
}

/** A code can only confirm a secret that enrolment started. */
export function requirePendingMfaSecret<Secret>(pending: Secret | undefined | null): Secret {
  if (!pending) {
    throw new DomainError('mfa-not-started', 'Start setting up two-step sign-in first: POST /api/me/mfa/enrol.');
  }
  return pending;
}

/** The time step a right code matched; a wrong one is refused at the code field. */
export function requireEnrolmentCode(step: number | undefined): number {
  if (step === undefined) {
    throw new DomainError(
      'mfa-code-wrong',
      'That code is not right. Check the time on your phone and enter the newest code.',
      { field: 'code' },
    );
  }
  return step;
}

/** Turning it off needs a right code not used before. */
export function requireRemovalCode(accepted: boolean): void {
  if (!accepted) {
    throw new DomainError(
      'mfa-code-wrong',
      'That code is not right or was already used. Enter the newest code from your app.',
      { field: 'code' },
    );
  }
}

/** A trust that requires two-step sign-in for its admins does not let an admin turn it off. */
export function refuseMfaRemovalRequiredByTrust(facts: { trustRequiresMfaForAdmins: boolean; isTrustAdmin: boolean }): void {
  if (facts.trustRequiresMfaForAdmins && facts.isTrustAdmin) {
    throw new DomainError(
      'mfa-required-by-trust',
      'Your trust requires two-step sign-in for administrators, so you cannot turn it off. A trust admin can reset it if you change phone.',
    );
  }
}
