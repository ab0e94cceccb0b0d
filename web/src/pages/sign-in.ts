import { api, ApiProblem } from '../api/client.js';
import type { LoginRequest, SignedIn } from '@governance/contracts';
import { h } from '../dom.js';
import { CodeStep } from '../forms/code-step.js';
import { FormKit, missing } from '../forms/form-kit.js';
import { session } from '../session.js';
import { PageView } from '../shell.js';

/**
 * Sign-in with email and password; when the account has two-step sign-in, the API answers
 * `mfa-required` and the form asks for the six-digit code, then sends all three again.
 */
export function signInPage(onSignedIn: (signedIn: SignedIn) => void): PageView {
  const kit = new FormKit('Sign in');
  const code = new CodeStep(kit, 'Open the authenticator app on your phone and type the code it shows for this account.');
  kit.add(
    kit.input('email', 'Email address', { type: 'email', autocomplete: 'username', required: true }),
    kit.input('password', 'Password', { type: 'password', autocomplete: 'current-password', required: true }),
    code.field,
    kit.submit('Sign in'),
  );
  kit.onSubmit(async () => {
    const problems = missing(kit, [
      ['email', 'Enter your email address'],
      ['password', 'Enter your password'],
    ]);
    problems.push(...code.problems());
    if (problems.length > 0) kit.fail(problems);
    const body: LoginRequest = {
      email: kit.value('email'),
      password: (kit.form.elements.namedItem('password') as HTMLInputElement).value,
      ...code.body(),
    };
    try {
      const signedIn = await api<SignedIn>('/api/auth/login', { method: 'POST', json: body, anonymous: true });
      session.start(signedIn.accessToken, signedIn.expiresAt);
      onSignedIn(signedIn);
    } catch (error) {
      const askedForCode = code.handle(error, 'password');
      if (askedForCode) return askedForCode;
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
