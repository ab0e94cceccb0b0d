import { problem, problemType } from '../http/problem';
import { ProblemException } from '../http/problem-details.filter';
import { AccessRefusal } from '@governance/domain';

/** 401: the request carries no credentials we accept. */
export function unauthenticated(
  detail = 'Sign in first: this request needs a valid access token.',
): ProblemException {
  return new ProblemException(problem(401, detail, { type: problemType('unauthenticated') }));
}

/** The same answer for an unknown email and a wrong password, so it tells nobody which. */
export function invalidCredentials(): ProblemException {
  return new ProblemException(
    problem(401, 'The email address or password is not right. Check them and try again.', {
      type: problemType('invalid-credentials'),
    }),
  );
}

export function mfaCodeNeeded(): ProblemException {
  return new ProblemException(
    problem(401, 'Enter the six-digit code from your authenticator app as "totp".', {
      type: problemType('mfa-required'),
    }),
  );
}

export function mfaCodeWrong(): ProblemException {
  return new ProblemException(
    problem(
      401,
      'That code is not right or was already used. Wait for the next code and try again.',
      {
        type: problemType('mfa-code-invalid'),
      },
    ),
  );
}

const NOT_FOUND = 'There is nothing at this address, or you do not have access to it.';

const REFUSALS: Record<AccessRefusal, { status: 403 | 404; detail: string; type?: string }> = {
  'other-trust': { status: 404, detail: NOT_FOUND },
  'unknown-trust': { status: 404, detail: NOT_FOUND },
  'unknown-school': { status: 404, detail: NOT_FOUND },
  'mfa-enrolment-required': {
    status: 403,
    detail:
      'Your trust requires two-step sign-in for administrators. Set it up first: POST /api/me/mfa/enrol, then POST /api/me/mfa/confirm with a code from your app.',
    type: 'mfa-enrolment-required',
  },
  'operator-only': { status: 403, detail: 'Only the platform operator can do this.' },
  'people-only': {
    status: 403,
    detail: 'This is for people signed in with their own account, not the operator token.',
  },
  'operator-not-allowed': {
    status: 403,
    detail: 'The platform operator cannot do this; a trust admin can.',
  },
  'role-not-allowed': {
    status: 403,
    detail: 'Your role does not allow this. Ask a trust admin if you need it.',
  },
};

/** 403 or 404 for a refusal; 404s are worded identically so they reveal nothing. */
export function refused(reason: AccessRefusal): ProblemException {
  const { status, detail, type } = REFUSALS[reason];
  return new ProblemException(problem(status, detail, type ? { type: problemType(type) } : {}));
}
