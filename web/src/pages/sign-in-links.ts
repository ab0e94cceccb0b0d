import { api, ApiProblem } from '../api/client.js';
import type {
  ConsumeSignInLinkRequest,
  EmailOnlyRequest,
  LoginRequest,
  SetPasswordWithLinkRequest,
  SignedIn,
} from '@governance/contracts';
import { h } from '../dom.js';
import { CodeStep } from '../forms/code-step.js';
import { FormKit, missing } from '../forms/form-kit.js';
import { Route } from '../router.js';
import { session } from '../session.js';
import { PageView } from '../shell.js';
import { notice } from '../ui.js';

/*
 * The pages a person reaches from the sign-in page or from an email: ask for a password-reset
 * or sign-in link, set a password with an invitation or reset link, sign in with a sign-in link.
 * They work signed out; the links' problems (expired, already used) come from the server in
 * plain English with a way to ask again.
 */

const LINK_PROBLEMS = ['link-unknown', 'link-used', 'link-expired'];

function password(kit: FormKit): string {
  return (kit.form.elements.namedItem('password') as HTMLInputElement).value;
}

/** A link that no longer works: the server's words, and where to get a new one. */
function linkTrouble(error: unknown, askAgain: [string, string]): never {
  if (error instanceof ApiProblem && LINK_PROBLEMS.includes(error.code)) {
    throw new ApiProblem(error.status, error.type, error.title, `${error.detail} You can ask for a new link at “${askAgain[1]}”.`, []);
  }
  throw error;
}

function askAgainLink([route, label]: [string, string]): HTMLParagraphElement {
  return h('p', {}, h('a', { href: `#${route}` }, label));
}

function emailRequestPage(title: string, intro: string, endpoint: string, button: string): PageView {
  const kit = new FormKit(title);
  kit.add(
    kit.input('email', 'Email address', { type: 'email', autocomplete: 'username', required: true }),
    kit.submit(button),
  );
  kit.onSubmit(async () => {
    const problems = missing(kit, [['email', 'Enter your email address']]);
    if (problems.length > 0) kit.fail(problems);
    const body: EmailOnlyRequest = { email: kit.value('email') };
    await api<{ message: string }>(endpoint, { method: 'POST', json: body, anonymous: true });
    return notice(
      'success',
      h('h2', { tabindex: -1 }, 'Check your email'),
      h('p', {}, `If ${body.email} has an account, we have sent it a link. It can take a few minutes to arrive; look in your junk folder too.`),
    );
  }, 'Sending…');
  return {
    title,
    content: h('div', { class: 'narrow' }, h('p', {}, intro), kit.element(), h('p', {}, h('a', { href: '#/sign-in' }, 'Back to sign in'))),
  };
}

export function forgottenPasswordPage(): PageView {
  return emailRequestPage(
    'Reset your password',
    'Enter the email address you sign in with. We will email you a link to choose a new password. The link works once, for 1 hour.',
    '/api/auth/password-reset',
    'Email me a reset link',
  );
}

export function emailMeALinkPage(): PageView {
  return emailRequestPage(
    'Sign in with a link by email',
    'Enter the email address you sign in with. We will email you a link that signs you in. The link works once, for 15 minutes. If you use two-step sign-in, you will still need your code.',
    '/api/auth/email-link',
    'Email me a sign-in link',
  );
}

/** From an invitation or password-reset email: choose a password, then sign in with it. */
export function setPasswordPage(route: Route, onSignedIn: (signedIn: SignedIn) => void): PageView {
  const token = route.query.get('token') ?? '';
  const askAgain: [string, string] = ['/forgotten-password', 'Reset your password'];
  if (!token) return missingToken('Set your password', askAgain);
  const kit = new FormKit('Set your password');
  kit.add(
    kit.input('password', 'New password', {
      type: 'password',
      autocomplete: 'new-password',
      required: true,
      hint: 'At least 12 characters. A few unrelated words make a good one. Do not use your name or email.',
    }),
    kit.submit('Set password and sign in'),
  );
  kit.onSubmit(async () => {
    const problems = missing(kit, [['password', 'Enter a new password']]);
    if (problems.length > 0) kit.fail(problems);
    const body: SetPasswordWithLinkRequest = { token, password: password(kit) };
    let email: string;
    try {
      ({ email } = await api<{ email: string }>('/api/auth/password/set', { method: 'POST', json: body, anonymous: true }));
    } catch (error) {
      linkTrouble(error, askAgain);
    }
    const login: LoginRequest = { email, password: body.password };
    try {
      const signedIn = await api<SignedIn>('/api/auth/login', { method: 'POST', json: login, anonymous: true });
      session.start(signedIn.accessToken, signedIn.expiresAt);
      onSignedIn(signedIn);
    } catch (error) {
      if (error instanceof ApiProblem && error.code === 'mfa-required') {
        location.hash = '/sign-in';
        return;
      }
      throw error;
    }
  }, 'Setting your password…', { keepOpen: true });
  return {
    title: 'Set your password',
    content: h('div', { class: 'narrow' }, h('p', {}, 'Choose the password you will sign in with. This link works once.'), kit.element()),
  };
}

/** From a sign-in email: one press signs in (a link opened by a mail scanner spends nothing). */
export function emailLinkPage(route: Route, onSignedIn: (signedIn: SignedIn) => void): PageView {
  const token = route.query.get('token') ?? '';
  const askAgain: [string, string] = ['/email-me-a-link', 'Sign in with a link by email'];
  if (!token) return missingToken('Sign in', askAgain);
  const kit = new FormKit('Sign in with your link');
  const code = new CodeStep(kit, 'You use two-step sign-in: type the code your app shows for this account.');
  kit.add(code.field, kit.submit('Sign in'));
  kit.onSubmit(async () => {
    const problems = code.problems();
    if (problems.length > 0) kit.fail(problems);
    const body: ConsumeSignInLinkRequest = { token, ...code.body() };
    try {
      const signedIn = await api<SignedIn>('/api/auth/email-link/consume', { method: 'POST', json: body, anonymous: true });
      session.start(signedIn.accessToken, signedIn.expiresAt);
      onSignedIn(signedIn);
    } catch (error) {
      const askedForCode = code.handle(error, 'link');
      if (askedForCode) return askedForCode;
      linkTrouble(error, askAgain);
    }
  }, 'Signing in…', { keepOpen: true });
  return {
    title: 'Sign in',
    content: h('div', { class: 'narrow' }, h('p', {}, 'Press the button to sign in with the link from your email.'), kit.element()),
  };
}

function missingToken(title: string, askAgain: [string, string]): PageView {
  return {
    title,
    content: h(
      'div',
      { class: 'narrow' },
      notice('error', h('p', {}, h('strong', {}, 'This link is not complete. '), 'Open the link from your email again, or copy all of it into the address bar.')),
      askAgainLink(askAgain),
    ),
  };
}
