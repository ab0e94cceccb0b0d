import { problem, problemType } from '../http/problem';
import { ProblemException } from '../http/problem-details.filter';
import type { LinkRefusal } from '../directory/sign-in-links';

const ANSWERS: Record<LinkRefusal, { status: number; title: string; detail: string }> = {
  unknown: {
    status: 400,
    title: 'This link does not work',
    detail: 'This link is not one we sent, or it was replaced by a newer one. Use the link in the most recent email, or ask for a new one.',
  },
  used: {
    status: 410,
    title: 'This link has already been used',
    detail: 'Each link works once and this one has already been used. Sign in, or ask for a new link.',
  },
  expired: {
    status: 410,
    title: 'This link has expired',
    detail: 'This link is too old to use. Ask for a new one: invitations work for 7 days, password reset links for 1 hour and sign-in links for 15 minutes.',
  },
};

/** A link that does not work, in plain English; `code` tells the web app which. */
export function linkProblem(reason: LinkRefusal): ProblemException {
  const { status, title, detail } = ANSWERS[reason];
  return new ProblemException(
    problem(status, detail, { type: problemType(`link-${reason}`), title, code: `link-${reason}` }),
  );
}
