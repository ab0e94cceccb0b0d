import { api, ApiProblem } from '../api/client.js';
import type { LoginRequest, SignedIn } from '@governance/contracts';
import { h } from '../dom.js';
import { FormKit, missing } from '../forms/form-kit.js';
import { session } from '../session.js';
import { PageView } from '../shell.js';

/**
 * Sign-in with email and password; when the account has two-step sign-in, the API answers
 * `mfa-required` and the form asks for the six-digit code, then sends all three again.
 */
export function signInPage(onSignedIn: (signedIn: SignedIn) => void): PageView {
  const kit = new FormKit('Sign in');
  const codeField = kit.input('totp', 'Six-digit code from your authenticator app', {
    inputmode: 'numeric',
    autocomplete: 'one-time-code',
    width: 'short',
    hint: 'Open the authenticator app on your phone and type the code it shows for this account.',
  });
  codeField.hidden = true;
  kit.add(
    kit.input('email', 'Email address', { type: 'email', autocomplete: 'username', required: true }),
    kit.input('password', 'Password', { type: 'password', autocomplete: 'current-password', required: true }),
    codeField,
    kit.submit('Sign in'),
  );
  kit.onSubmit(async () => {
    const problems = missing(kit, [
      ['email', 'Enter your email address'],
      ['password', 'Enter your password'],
    ]);
    if (!codeField.hidden && kit.value('totp') === '') problems.push({ field: 'totp', message: 'Enter the six-digit code from your app' });
    if (problems.length > 0) kit.fail(problems);
    const body: LoginRequest = {
      email: kit.value('email'),
      password: (kit.form.elements.namedItem('password') as HTMLInputElement).value,
      ...(codeField.hidden ? {} : { totp: kit.value('totp') }),
    };
    try {
      const signedIn = await api<SignedIn>('/api/auth/login', { method: 'POST', json: body, anonymous: true });
      session.start(signedIn.accessToken, signedIn.expiresAt);
      onSignedIn(signedIn);
    } catch (error) {
      if (error instanceof ApiProblem && error.code === 'mfa-required') {
        codeField.hidden = false;
        (codeField.querySelector('input') as HTMLInputElement).focus();
        return h('p', { class: 'notice notice-info', tabindex: -1 }, 'Your password is right. Now enter the code from your authenticator app.');
      }
      if (error instanceof ApiProblem && error.code === 'mfa-code-invalid') {
        kit.fail([{ field: 'totp', message: error.detail }]);
      }
      if (error instanceof ApiProblem && error.status === 401) {
        throw new ApiProblem(401, error.type, 'You could not be signed in', error.detail, []);
      }
      throw error;
    }
  }, 'Signing in…', { keepOpen: true });
  return {
    title: 'Sign in',
    content: h(
      'div',
      { class: 'narrow' },
      h('p', {}, 'Sign in with the email address and password your trust gave you.'),
      kit.element(),
      h(
        'ul',
        { class: 'list' },
        h('li', {}, h('a', { href: '#/forgotten-password' }, 'Forgotten your password?')),
        h('li', {}, h('a', { href: '#/email-me-a-link' }, 'Email me a sign-in link')),
      ),
    ),
  };
}
