import { PersonState } from '@governance/domain';

/** What the person's stream says: MfaEnrolled not since undone by MfaRemoved (or erasure). */
export function logSaysMfaOn(state: PersonState): boolean {
  return state.exists && state.mfaEnrolled;
}

/**
 * Whether a person's second factor is on. The log decides; the directory's secret counts only
 * while the log says enrolled, so a secret a crash left behind after MfaRemoved reads as off
 * everywhere (sign-in, /me, the admin's view). Lives with people so that auth, which imports
 * people, can use it too without a cycle.
 */
export function mfaOn(secretActive: boolean, state: PersonState): boolean {
  return secretActive && logSaysMfaOn(state);
}
