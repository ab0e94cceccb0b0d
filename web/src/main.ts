import { whenSignedOut } from './api/client.js';
import type { SignedIn } from '@governance/contracts';
import { AppContext, loadContext } from './context.js';
import { adminRoutes } from './admin/admin-routes.js';
import { meetingRoutes } from './meetings/meeting-routes.js';
import { recordsRoutes } from './records/records-routes.js';
import { eiaPage } from './forms/eia-form.js';
import { evaluationPage } from './forms/evaluation-form.js';
import { linkGovernorReportPage, termlyReportPage, visitPage } from './forms/governance-forms.js';
import { adoptionPage, reviewPage } from './forms/policy-forms.js';
import { activityPage } from './pages/activity.js';
import { clerkPage } from './pages/clerk.js';
import { compliancePage } from './pages/compliance.js';
import { homePage } from './pages/home.js';
import { importPage } from './pages/import.js';
import { mfaSetupPage } from './pages/mfa-setup.js';
import { policyPage } from './pages/policy.js';
import { registerPage } from './pages/register.js';
import { readingPage } from './reading/reading-page.js';
import { signInPage } from './pages/sign-in.js';
import { emailLinkPage, emailMeALinkPage, forgottenPasswordPage, setPasswordPage } from './pages/sign-in-links.js';
import { currentLocation, match, navigate, Route, RouteTable } from './router.js';
import { session } from './session.js';
import { markCurrent, PageView, renderHeader, showPage } from './shell.js';
import { problemNotice } from './ui.js';
import { policyOwnerPage } from './forms/owner-form.js';
import { readingProgressPage } from './staff/reading-progress-page.js';
import { staffPage } from './staff/staff-page.js';

type Page = (route: Route, context: AppContext) => Promise<PageView>;

const ROUTES: RouteTable<Page>[] = [
  { pattern: '/', handler: homePage },
  { pattern: '/compliance', handler: compliancePage },
  { pattern: '/schools/:schoolId', handler: registerPage },
  { pattern: '/schools/:schoolId/activity', handler: activityPage },
  { pattern: '/schools/:schoolId/visits/new', handler: visitPage },
  { pattern: '/schools/:schoolId/link-governor-report', handler: linkGovernorReportPage },
  { pattern: '/schools/:schoolId/termly-report', handler: termlyReportPage },
  { pattern: '/schools/:schoolId/policies/:policyId', handler: policyPage },
  { pattern: '/schools/:schoolId/policies/:policyId/adopt', handler: adoptionPage },
  { pattern: '/schools/:schoolId/policies/:policyId/review', handler: reviewPage },
  { pattern: '/schools/:schoolId/policies/:policyId/eia', handler: eiaPage },
  { pattern: '/schools/:schoolId/policies/:policyId/evaluate', handler: evaluationPage },
  { pattern: '/schools/:schoolId/policies/:policyId/owner', handler: policyOwnerPage },
  { pattern: '/schools/:schoolId/staff', handler: staffPage },
  { pattern: '/schools/:schoolId/reading', handler: readingProgressPage },
  { pattern: '/clerk', handler: clerkPage },
  { pattern: '/import', handler: importPage },
  { pattern: '/reading', handler: readingPage },
  ...meetingRoutes,
  ...recordsRoutes,
  ...adminRoutes,
];

/** Pages that work signed out: asking for a link by email, and the pages those emails open. */
const SIGNED_OUT_ROUTES: RouteTable<(route: Route) => PageView>[] = [
  { pattern: '/forgotten-password', handler: () => forgottenPasswordPage() },
  { pattern: '/email-me-a-link', handler: () => emailMeALinkPage() },
  { pattern: '/set-password', handler: (route) => setPasswordPage(route, (signedIn) => void afterSignIn(signedIn)) },
  { pattern: '/email-link', handler: (route) => emailLinkPage(route, (signedIn) => void afterSignIn(signedIn)) },
];

let context: AppContext | null = null;
let firstRender = true;
let renders = 0;

function signOut(): void {
  session.clear();
  context = null;
  navigate('/sign-in');
}

async function afterSignIn(signedIn?: SignedIn): Promise<void> {
  context = null;
  if (signedIn?.mfaEnrolmentRequired) {
    renderHeader(null, signOut);
    await showPage(() => mfaSetupPage(() => void afterSignIn()), true);
    return;
  }
  const wanted = sessionStorage.getItem('governance.returnTo');
  sessionStorage.removeItem('governance.returnTo');
  navigate(wanted && wanted !== '/sign-in' ? wanted : '/');
}

/** Renders the page for the current hash: sign-in when signed out, else the matched route. */
async function render(): Promise<void> {
  const moveFocus = !firstRender;
  firstRender = false;
  const id = ++renders;
  const stillWanted = () => id === renders;
  const location = currentLocation();
  const signedOutPage = match(SIGNED_OUT_ROUTES, location);
  if (signedOutPage) {
    // A link from an email signs in whoever opens it, so an earlier session in this tab ends.
    session.clear();
    context = null;
    renderHeader(null, signOut);
    await showPage(async () => signedOutPage.handler(signedOutPage.route), moveFocus);
    return;
  }
  if (!session.token()) {
    context = null;
    if (location.path !== '/sign-in') {
      sessionStorage.setItem('governance.returnTo', `${location.path}${location.query.size > 0 ? `?${location.query.toString()}` : ''}`);
      navigate('/sign-in');
      return;
    }
    renderHeader(null, signOut);
    await showPage(async () => signInPage((signedIn) => void afterSignIn(signedIn)), moveFocus);
    return;
  }
  if (location.path === '/sign-in') return navigate('/');
  if (!context) {
    try {
      context = await loadContext();
    } catch (error) {
      renderHeader(null, signOut);
      await showPage(async () => ({ title: 'Could not load your account', content: problemNotice(error) }), moveFocus);
      return;
    }
  }
  const current = context;
  renderHeader(current, signOut);
  markCurrent(location.path);
  const found = match(ROUTES, location);
  await showPage(
    found ? () => found.handler(found.route, current) : async () => ({ title: 'Page not found', content: problemNotice(new Error('There is no page at this address. Use the menu to find your way.')) }),
    moveFocus,
    stillWanted,
  );
}

whenSignedOut(() => {
  context = null;
  if (currentLocation().path !== '/sign-in') navigate('/sign-in');
});
// The skip link must not change the hash: the hash is the route.
document.querySelector('.skip-link')?.addEventListener('click', (event) => {
  event.preventDefault();
  document.getElementById('main')?.focus();
});
window.addEventListener('hashchange', () => void render());
document.documentElement.classList.add('js');
void render();
