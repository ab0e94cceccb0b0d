import { api } from '../api/client.js';
import { h } from '../dom.js';
import { FormKit, missing } from '../forms/form-kit.js';
import { session } from '../session.js';
import { PageView } from '../shell.js';
import type { IssuedToken, MfaCodeRequest, MfaEnrolment } from '@governance/contracts';

/**
 * Two-step sign-in set-up, for an admin whose trust requires it (until it is done the API
 * opens nothing else). The secret is shown in groups of four to type into an authenticator
 * app; the otpauth link opens the app directly on a phone.
 */
export async function mfaSetupPage(onDone: () => void): Promise<PageView> {
  const enrolment = await api<MfaEnrolment>('/api/me/mfa/enrol', { method: 'POST' });
  const kit = new FormKit('Confirm two-step sign-in');
  kit.add(
    kit.input('code', 'Six-digit code from the app', { inputmode: 'numeric', autocomplete: 'one-time-code', width: 'short', required: true }),
    kit.submit('Turn on two-step sign-in'),
  );
  kit.onSubmit(async () => {
    const problems = missing(kit, [['code', 'Enter the six-digit code the app shows']]);
    if (problems.length > 0) kit.fail(problems);
    const answer = await api<IssuedToken>('/api/me/mfa/confirm', { method: 'POST', json: { code: kit.value('code') } satisfies MfaCodeRequest });
    session.start(answer.accessToken, answer.expiresAt);
    onDone();
  }, 'Checking…', { keepOpen: true });
  return {
    title: 'Set up two-step sign-in',
    content: h(
      'div',
      { class: 'narrow' },
      h('p', {}, 'Your trust asks administrators to sign in with a code from an authenticator app as well as a password (Microsoft Authenticator, Google Authenticator, 1Password and others work).'),
      h('ol', {}, h('li', {}, 'In the app, add an account and choose to enter a key by hand.'), h('li', {}, 'Type this key:'), h('li', {}, 'Enter the code the app then shows.')),
      h('p', { class: 'secret', 'aria-label': 'Key to type into the app' }, enrolment.secret.replace(/(.{4})/g, '$1 ').trim()),
      h('p', {}, 'On this phone? ', h('a', { href: enrolment.otpauthUri }, 'Open the key in your authenticator app')),
      kit.element(),
    ),
  };
}
