import { refusal } from '../testing/refusal';
import {
  refuseCredentialsForErased,
  refuseMfaAlreadyOn,
  refuseMfaRemovalRequiredByTrust,
  requireEnrolmentCode,
  requirePendingMfaSecret,
  requireRemovalCode,
} from './credential-rules';

describe('setting a password', () => {
  it('given a person on record, when an admin sets their password, then nothing is refused', () => {
    expect(() => refuseCredentialsForErased(false)).not.toThrow();
  });

  it('given an erased person, when an admin sets their password, then person-erased', () => {
    const error = refusal(() => refuseCredentialsForErased(true));
    expect([error.code, error.message]).toEqual(['person-erased', "This person's record was erased."]);
  });
});

describe('setting up two-step sign-in', () => {
  it('given it is off, when enrolment starts, then nothing is refused', () => {
    expect(() => refuseMfaAlreadyOn(false)).not.toThrow();
  });

  it('given it is on, when enrolment starts, then mfa-already-enrolled', () => {
    const error = refusal(() => refuseMfaAlreadyOn(true));
    expect(error.code).toBe('mfa-already-enrolled');
    expect(error.message).toBe(
      'Two-step sign-in is already set up. To move it to a new phone, remove it first or ask a trust admin to reset it.',
    );
  });

  it('given a pending secret, when a code confirms it, then that secret is the one checked', () => {
    expect(requirePendingMfaSecret('JBSWY3DPEHPK3PXP')).toBe('JBSWY3DPEHPK3PXP');
  });

  it('given no enrolment started, when a code is sent, then mfa-not-started', () => {
    const error = refusal(() => requirePendingMfaSecret(undefined));
    expect([error.code, error.message]).toEqual(['mfa-not-started', 'Start setting up two-step sign-in first: POST /api/me/mfa/enrol.']);
  });

  it('given a right code, when confirming, then its time step is kept', () => {
    expect(requireEnrolmentCode(58_000_000)).toBe(58_000_000);
  });

  it('given a wrong code, when confirming, then mfa-code-wrong at the code field', () => {
    const error = refusal(() => requireEnrolmentCode(undefined));
    expect(error.code).toBe('mfa-code-wrong');
    expect(error.message).toBe('That code is not right. Check the time on your phone and enter the newest code.');
    expect(error.details).toEqual({ field: 'code' });
  });
});

describe('turning two-step sign-in off', () => {
  it('given a right unused code, when removing, then nothing is refused', () => {
    expect(() => requireRemovalCode(true)).not.toThrow();
  });

  it('given a wrong or used code, when removing, then mfa-code-wrong at the code field', () => {
    const error = refusal(() => requireRemovalCode(false));
    expect(error.code).toBe('mfa-code-wrong');
    expect(error.message).toBe('That code is not right or was already used. Enter the newest code from your app.');
    expect(error.details).toEqual({ field: 'code' });
  });

  it.each([
    [false, true],
    [true, false],
    [false, false],
  ])('given the trust requires it for admins: %s and the person is an admin: %s, when removing, then nothing is refused', (trustRequiresMfaForAdmins, isTrustAdmin) => {
    expect(() => refuseMfaRemovalRequiredByTrust({ trustRequiresMfaForAdmins, isTrustAdmin })).not.toThrow();
  });

  it('given a trust that requires it for admins, when an admin removes it, then mfa-required-by-trust', () => {
    const error = refusal(() => refuseMfaRemovalRequiredByTrust({ trustRequiresMfaForAdmins: true, isTrustAdmin: true }));
    expect(error.code).toBe('mfa-required-by-trust');
    expect(error.message).toBe(
      'Your trust requires two-step sign-in for administrators, so you cannot turn it off. A trust admin can reset it if you change phone.',
    );
  });
});
