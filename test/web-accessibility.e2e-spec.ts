import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { totpCode } from '../apps/api/src/auth/totp';
import { verifyPack } from '../apps/api/src/evidence-pack/pack-manifest';
import { addPerson, bearer, createTrust, loginAs, operator } from './support/fixtures';
import { OPERATOR_TOKEN } from './support/test-app';
import { DemoPerson, WEB_DEMO_TODAY, WebDemo } from './support/web-demo';
import { accessibilityViolations, unlabelledControls, WCAG_22_AA } from './support/web-pages';
import { webDemoSuite } from './support/web-suite';

/*
 * Every page and form of the web app, as the person who would use it, checked by axe-core
 * against WCAG 2.0, 2.1 and 2.2 at levels A and AA (and axe's best practice) on a desktop and on
 * a phone; every form once more showing its error summary. The list of pages is checked against
 * the app's own route tables, so a new page without a check fails here. Then the main tasks
 * with the keyboard alone.
 */
const SLOW = 120_000;
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const WEB_SRC = join(__dirname, '..', 'web', 'src');

type Who = keyof WebDemo['people'] | 'signed-out' | 'staff';

interface Visit {
  /** The route table's pattern this visit covers. */
  pattern: string;
  /** The address to open (the pattern with real ids, and any query the page needs). */
  route: string;
  who: Who;
  /** A form to submit with its text cleared, to check the page with its errors showing. */
  form?: true;
  /** A page this person may not use: it must say so rather than offer a form. */
  refused?: true;
  /** States the page reaches by what its user does there, each checked in turn. */
  states?: [string, (page: Page) => Promise<void>][];
}

/** Every pattern of the app's route tables (signed in, admin, signed out), read from the source. */
function routePatterns(): string[] {
  const sources = [join(WEB_SRC, 'main.ts'), join(WEB_SRC, 'admin', 'admin-routes.ts'), join(WEB_SRC, 'meetings', 'meeting-routes.ts'), join(WEB_SRC, 'records', 'records-routes.ts')].map((file) => readFileSync(file, 'utf8'));
  const patterns = sources.flatMap((source) => [...source.matchAll(/pattern: '([^']+)'/g)].map((found) => found[1]));
  // The sign-in page is the signed-out fallback rather than a table entry.
  return [...patterns, '/sign-in'];
}

/** A trust board meeting held before the demo's today, set up by the suite (its pages need one). */
let boardMeeting = 'meeting';
/** A member of Libra's staff with policies to read, added by the suite (the web demo has no staff). */
let staff: DemoPerson = { id: 'staff', name: '', email: '', password: '' };
/** The trustee's appointment to the board, made by the suite (the records pages need one). */
let trusteeAppointment = 'appointment';

function visits(demo: WebDemo): Visit[] {
  const { libra } = demo.schools;
  const behaviour = demo.policies.behaviour.id;
  const complaints = demo.policies.complaints.id;
  const { head, governor } = demo.people;
  const school = `/schools/${libra}`;
  const policy = `${school}/policies/${behaviour}`;
  const safeguarding = `${school}/policies/${demo.policies['safeguarding-child-protection'].id}`;
  return [
    { pattern: '/sign-in', route: '/sign-in', who: 'signed-out', form: true },
    { pattern: '/forgotten-password', route: '/forgotten-password', who: 'signed-out', form: true },
    { pattern: '/email-me-a-link', route: '/email-me-a-link', who: 'signed-out', form: true },
    { pattern: '/set-password', route: '/set-password?token=not-yet-used', who: 'signed-out', form: true },
    { pattern: '/email-link', route: '/email-link?token=not-yet-used', who: 'signed-out' },
    // The same two opened from a link with its token cut off.
    { pattern: '/set-password', route: '/set-password', who: 'signed-out' },
    { pattern: '/email-link', route: '/email-link', who: 'signed-out' },
    { pattern: '/', route: '/', who: 'trustee' },
    { pattern: '/', route: '/', who: 'governor' },
    { pattern: '/', route: '/', who: 'head' },
    { pattern: '/', route: '/', who: 'clerk' },
    { pattern: '/', route: '/', who: 'admin' },
    { pattern: '/', route: '/', who: 'staff' },
    {
      pattern: '/reading',
      route: '/reading',
      who: 'staff',
      states: [
        ['one policy acknowledged', async (page) => {
          await page.getByRole('button', { name: /^I have read and understood this policy/ }).first().click();
          await page.getByTestId('reading-status').getByText('Thank you.').waitFor();
        }],
      ],
    },
    { pattern: '/compliance', route: '/compliance', who: 'trustee' },
    { pattern: '/schools/:schoolId', route: school, who: 'head' },
    { pattern: '/schools/:schoolId/activity', route: `${school}/activity`, who: 'head' },
    { pattern: '/schools/:schoolId/visits/new', route: `${school}/visits/new`, who: 'governor', form: true },
    { pattern: '/schools/:schoolId/link-governor-report', route: `${school}/link-governor-report`, who: 'governor', form: true },
    { pattern: '/schools/:schoolId/termly-report', route: `${school}/termly-report`, who: 'head', form: true },
    { pattern: '/schools/:schoolId/policies/:policyId', route: policy, who: 'head' },
    // A history with entries its reader may withdraw (their own visit; everything, for an admin).
    {
      pattern: '/schools/:schoolId/policies/:policyId',
      route: safeguarding,
      who: 'governor',
      states: [
        ['the withdrawal panel open', async (page) => {
          await page.getByRole('button', { name: 'Withdraw this entry' }).first().click();
          await page.getByRole('form', { name: 'Withdraw this entry' }).waitFor();
        }],
        ['the withdrawal panel with its error', async (page) => {
          await page.getByRole('form', { name: 'Withdraw this entry' }).getByRole('button', { name: 'Withdraw entry' }).click();
          await page.getByRole('link', { name: 'Say why you are withdrawing this entry' }).waitFor();
        }],
      ],
    },
    { pattern: '/schools/:schoolId/policies/:policyId', route: safeguarding, who: 'admin' },
    // The register as the board sees it, and a page a role may not use, which says so in words.
    { pattern: '/schools/:schoolId', route: school, who: 'trustee' },
    { pattern: '/schools/:schoolId/policies/:policyId/eia', route: `${policy}/eia`, who: 'governor', refused: true },
    { pattern: '/schools/:schoolId/policies/:policyId/adopt', route: `${policy}/adopt`, who: 'head', form: true },
    { pattern: '/schools/:schoolId/policies/:policyId/review', route: `${policy}/review`, who: 'head', form: true },
    { pattern: '/schools/:schoolId/policies/:policyId/eia', route: `${policy}/eia`, who: 'head', form: true },
    { pattern: '/schools/:schoolId/policies/:policyId/evaluate', route: `${policy}/evaluate`, who: 'head', form: true },
    { pattern: '/schools/:schoolId/policies/:policyId/owner', route: `${policy}/owner`, who: 'head', form: true },
    // A school's staff list: the upload with its error, a dry run's report with a problem line (nothing applied), refused to a governor.
    { pattern: '/schools/:schoolId/staff', route: `${school}/staff`, who: 'head', form: true },
    {
      pattern: '/schools/:schoolId/staff',
      route: `${school}/staff`,
      who: 'admin',
      states: [
        ['the dry run of a staff list with a problem line', async (page) => {
          const csv = 'Name,Email,Job title\r\nAmira Khan,a.khan@libra.example,Class teacher\r\nBen Ortiz,not-an-address,Teaching assistant';
          await page.getByLabel('Staff list (CSV file)').setInputFiles({ name: 'staff.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
          await page.getByRole('button', { name: 'Check the file' }).click();
          await page.getByRole('heading', { name: 'What staff.csv would change' }).waitFor();
        }],
      ],
    },
    { pattern: '/schools/:schoolId/staff', route: `${school}/staff`, who: 'governor', refused: true },
    { pattern: '/schools/:schoolId/reading', route: `${school}/reading`, who: 'head' },
    { pattern: '/schools/:schoolId/reading', route: `${school}/reading`, who: 'trustee' },
    { pattern: '/clerk', route: '/clerk', who: 'clerk' },
    // The pack itself, previewed with its downloads.
    { pattern: '/clerk', route: '/clerk?term=2026-autumn', who: 'clerk' },
    { pattern: '/import', route: '/import', who: 'admin', form: true },
    {
      pattern: '/import',
      route: '/import',
      who: 'admin',
      states: [
        ['what was read from a document, to correct', async (page) => {
          const text = 'Anti-bullying policy\n\nApproved by the local governing body on 3 March 2026. Next review: March 2027.\n\nWe will not tolerate bullying.';
          await page.getByLabel('Policy document', { exact: true }).setInputFiles({ name: 'anti-bullying.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
          await page.getByLabel('Which school is it for?').selectOption({ label: 'Libra School' });
          await page.getByRole('button', { name: 'Read the document' }).click();
          await page.getByRole('heading', { name: 'What was read from anti-bullying.txt' }).waitFor();
        }],
      ],
    },
    { pattern: '/meetings', route: '/meetings', who: 'clerk' },
    { pattern: '/meetings/new', route: '/meetings/new', who: 'clerk', form: true },
    {
      pattern: '/meetings/:meetingId',
      route: `/meetings/${boardMeeting}`,
      who: 'clerk',
      // Two forms: each shown with its own errors in turn (an empty submit picks only the first).
      states: [
        ['the attendance with its errors', async (page) => {
          const attendance = page.getByRole('form', { name: 'Attendance' });
          await attendance.getByRole('button', { name: 'Save the attendance' }).click();
          await attendance.locator('.error-summary:not([hidden])').waitFor();
        }],
        ['a decision’s form with its errors', async (page) => {
          const decision = page.getByRole('form', { name: 'Record a decision' });
          await decision.getByLabel('Adopt a policy at a school').check();
          await decision.getByRole('button', { name: 'Record the decision' }).click();
          await decision.locator('.error-summary:not([hidden])').waitFor();
        }],
        ['the agenda’s “Add an item” with its errors', async (page) => {
          const add = page.getByRole('form', { name: 'Add an item to the agenda' });
          await add.getByRole('button', { name: 'Add the item' }).click();
          await add.locator('.error-summary:not([hidden])').waitFor();
        }],
        ['“Add an action” with its errors', async (page) => {
          const action = page.getByRole('form', { name: 'Add an action' });
          await action.getByRole('button', { name: 'Add the action' }).click();
          await action.locator('.error-summary:not([hidden])').waitFor();
        }],
      ],
    },
    { pattern: '/meetings/:meetingId/move', route: `/meetings/${boardMeeting}/move`, who: 'clerk', form: true },
    // Its form is the confirmation itself: not submitted here.
    { pattern: '/meetings/:meetingId/cancel', route: `/meetings/${boardMeeting}/cancel`, who: 'clerk' },
    { pattern: '/people/:personId/attendance', route: `/people/${demo.people.trustee.id}/attendance`, who: 'clerk' },
    // Governor records: the clerk's people area and a governor's own page.
    { pattern: '/admin/governors', route: '/admin/governors', who: 'clerk', form: true },
    { pattern: '/admin/governors', route: '/admin/governors?status=overdue', who: 'admin' },
    { pattern: '/admin/governors/:personId', route: `/admin/governors/${demo.people.trustee.id}`, who: 'clerk' },
    { pattern: '/admin/governors/:personId/appoint', route: `/admin/governors/${demo.people.trustee.id}/appoint`, who: 'clerk', form: true },
    { pattern: '/admin/governors/:personId/appoint', route: `/admin/governors/${demo.people.trustee.id}/appoint?renew=${trusteeAppointment}`, who: 'admin' },
    { pattern: '/admin/governors/:personId/appointments/:appointmentId/end', route: `/admin/governors/${demo.people.trustee.id}/appointments/${trusteeAppointment}/end`, who: 'clerk', form: true },
    { pattern: '/admin/governors', route: '/admin/governors', who: 'governor', refused: true },
    {
      pattern: '/my-records',
      route: '/my-records',
      who: 'governor',
      states: [
        ['the declaration with its errors', async (page) => {
          const form = page.getByRole('form', { name: 'Renew the declaration of interests' });
          await form.getByRole('button', { name: 'Record the declaration' }).click();
          await form.locator('.error-summary:not([hidden])').waitFor();
        }],
        ['a second interest and nothing to declare ticked', async (page) => {
          await page.getByRole('button', { name: 'Add another interest' }).click();
          await page.getByLabel('I have nothing to declare').check();
        }],
        ['the training with its errors', async (page) => {
          const form = page.getByRole('form', { name: 'Record training' });
          await form.getByLabel('Date completed').fill('');
          await form.getByRole('button', { name: 'Record the training' }).click();
          await form.locator('.error-summary:not([hidden])').waitFor();
        }],
      ],
    },
    { pattern: '/admin', route: '/admin', who: 'admin' },
    { pattern: '/admin/schools', route: '/admin/schools', who: 'admin' },
    { pattern: '/admin/schools/new', route: '/admin/schools/new', who: 'admin', form: true },
    { pattern: '/admin/schools/:schoolId/edit', route: `/admin/schools/${libra}/edit`, who: 'admin', form: true },
    { pattern: '/admin/schools/:schoolId/leave', route: `/admin/schools/${libra}/leave`, who: 'admin' },
    { pattern: '/admin/people', route: '/admin/people', who: 'admin' },
    { pattern: '/admin/people/new', route: '/admin/people/new', who: 'admin', form: true },
    { pattern: '/admin/people/:personId', route: `/admin/people/${head.id}`, who: 'admin' },
    { pattern: '/admin/people/:personId/edit', route: `/admin/people/${head.id}/edit`, who: 'admin', form: true },
    { pattern: '/admin/people/:personId/roles/new', route: `/admin/people/${head.id}/roles/new`, who: 'admin', form: true },
    { pattern: '/admin/people/:personId/end-role', route: `/admin/people/${head.id}/end-role?role=headteacher&schoolId=${libra}`, who: 'admin' },
    { pattern: '/admin/people/:personId/erase', route: `/admin/people/${head.id}/erase`, who: 'admin' },
    { pattern: '/admin/people/:personId/password', route: `/admin/people/${head.id}/password`, who: 'admin', form: true },
    { pattern: '/admin/people/:personId/reset-mfa', route: `/admin/people/${head.id}/reset-mfa`, who: 'admin' },
    { pattern: '/admin/policies', route: '/admin/policies', who: 'admin' },
    { pattern: '/admin/policies/catalogue', route: '/admin/policies/catalogue', who: 'admin', form: true },
    { pattern: '/admin/policies/new', route: '/admin/policies/new', who: 'admin', form: true },
    { pattern: '/admin/policies/:policyId', route: `/admin/policies/${complaints}`, who: 'admin' },
    { pattern: '/admin/policies/:policyId/versions/new', route: `/admin/policies/${complaints}/versions/new`, who: 'admin', form: true },
    { pattern: '/admin/policies/:policyId/approve', route: `/admin/policies/${complaints}/approve`, who: 'admin', form: true },
    { pattern: '/admin/policies/:policyId/review', route: `/admin/policies/${complaints}/review`, who: 'admin', form: true },
    {
      pattern: '/admin/policies/:policyId/applies-to',
      route: `/admin/policies/${complaints}/applies-to`,
      who: 'admin',
      states: [
        ['no phase ticked (its error showing)', async (page) => {
          for (const box of await page.getByRole('group', { name: 'Applies to' }).getByRole('checkbox').all()) await box.uncheck();
          await page.getByRole('button', { name: 'Save the phases' }).click();
          await page.locator('main .error-summary:not([hidden])').waitFor();
        }],
      ],
    },
    { pattern: '/admin/policies/:policyId/acknowledgement', route: `/admin/policies/${complaints}/acknowledgement`, who: 'admin' },
    { pattern: '/admin/policies/:policyId/retire', route: `/admin/policies/${complaints}/retire`, who: 'admin', form: true },
    { pattern: '/admin/policies/:policyId/retire/check', route: `/admin/policies/${complaints}/retire/check?retiredOn=2026-11-24&reason=Merged`, who: 'admin' },
    { pattern: '/admin/link-governors', route: '/admin/link-governors', who: 'admin' },
    { pattern: '/admin/schools/:schoolId/link-governors/new', route: `/admin/schools/${libra}/link-governors/new`, who: 'admin', form: true },
    { pattern: '/admin/schools/:schoolId/link-governors/:personId/end', route: `/admin/schools/${libra}/link-governors/${governor.id}/end?area=Safeguarding`, who: 'admin' },
    { pattern: '/admin/term-dates', route: '/admin/term-dates', who: 'admin', form: true },
    { pattern: '/admin/reminders', route: '/admin/reminders', who: 'admin' },
    { pattern: '/admin/scheme-of-delegation', route: '/admin/scheme-of-delegation', who: 'admin' },
  ];
}

/** What has the keyboard's focus: its accessible name (its label for a field), and whether a focus ring shows. */
interface Focused {
  tag: string;
  name: string;
  ring: boolean;
  testId: string | null;
}

const FOCUSED = `(() => {
  const element = document.activeElement;
  const style = getComputedStyle(element);
  const label = element.labels && element.labels.length > 0 ? element.labels[0].textContent : element.getAttribute('aria-label') || element.textContent;
  return {
    tag: element.tagName,
    name: (label || '').replace(/\\s+/g, ' ').trim(),
    ring: element.matches(':focus-visible') && ((style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none'),
    testId: element.getAttribute('data-testid'),
  };
})()`;

/** Headings that mean the page did not open as the person it was meant for. */
const NOT_THE_PAGE = /^(Something went wrong|Page not found|Could not load your account)$/;

describe('the web app is accessible (axe-core, WCAG 2.2 AA) on every page and form, and by keyboard', () => {
  const web = webDemoSuite();

  beforeAll(async () => {
    const admin = bearer(await loginAs(web.app, web.demo.people.admin));
    const created = await web.app.http.post(`/api/trusts/${web.demo.trustId}/meetings`).set(admin).send({ body: 'trust-board', date: '2026-11-20', title: 'Autumn board' }).expect(201);
    boardMeeting = (created.body as { id: string }).id;
    const appointed = await web.app.http
      .post(`/api/trusts/${web.demo.trustId}/people/${web.demo.people.trustee.id}/appointments`)
      .set(admin)
      .send({ body: 'trust-board', role: 'trustee', appointedBy: 'Members', startsOn: '2023-01-01', endsOn: '2026-12-31' })
      .expect(201);
    trusteeAppointment = (appointed.body as { id: string }).id;
    const added = await addPerson(web.app, web.demo.trustId, await loginAs(web.app, web.demo.people.admin), [{ role: 'staff', schoolId: web.demo.schools.libra }], { name: 'Nadia Brooks', email: 'n.brooks@libra.example' });
    staff = { id: added.id, name: added.name, email: added.email, password: added.password };
  }, 60_000);

  /** Opens a route and waits until its page (not the loading line) is showing; returns its h1. */
  async function open(page: Page, route: string): Promise<string> {
    if (page.url() === `${web.url}/#${route}`) await page.reload();
    else await page.goto(`${web.url}/#${route}`);
    await page.locator('main:not([aria-busy]) h1').waitFor();
    return (await page.locator('main h1').textContent()) ?? '';
  }

  /** Clears every text the form holds (dates included) and submits it, expecting its error summary. */
  async function submitEmpty(page: Page): Promise<void> {
    await page.evaluate(`(() => {
      const form = document.querySelector('main form');
      for (const field of form.querySelectorAll('input:not([type]), input[type="text"], input[type="email"], input[type="password"], input[type="number"], input[type="date"], textarea')) field.value = '';
      form.requestSubmit();
    })()`);
    await page.locator('main .error-summary:not([hidden])').waitFor();
  }

  it('checks every route of the app’s route tables, so a new page cannot go unchecked', () => {
    const stand = { id: 'id', name: '', email: '', password: '' };
    const fake: WebDemo = {
      trustId: 't',
      trustName: '',
      schools: { libra: 's', ravens: 's', holly: 's' },
      policies: new Proxy({}, { get: () => ({ id: 'p', title: '' }) }),
      people: { admin: stand, trustee: stand, clerk: stand, head: stand, governor: stand },
    };
    const checked = new Set(visits(fake).map((visit) => visit.pattern));
    expect(routePatterns().filter((pattern) => !checked.has(pattern))).toEqual([]);
    expect([...checked].filter((pattern) => !routePatterns().includes(pattern))).toEqual([]);
  });

  it('holds pages to the WCAG 2.2 AA rules, colour contrast and target size included, and reports what breaks them', async () => {
    const page = await web.pages.newPage(PHONE);
    await open(page, '/sign-in');
    expect(await accessibilityViolations(page, WCAG_22_AA)).toEqual([]);
    const ran = await page.evaluate<string[]>(`axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_22_AA)} } })
      .then((r) => [...r.passes, ...r.violations, ...r.inapplicable, ...r.incomplete].map((rule) => rule.id))`);
    expect(ran).toEqual(expect.arrayContaining(['color-contrast', 'target-size', 'label', 'heading-order', 'region', 'landmark-one-main']));
    // Faint words and two tiny buttons side by side added to the page are caught: the check is not vacuous.
    await page.evaluate(`(() => {
      const main = document.querySelector('main');
      const words = document.createElement('p');
      words.textContent = 'Faint words';
      words.style.cssText = 'color:#c8c8c8;background:#ffffff';
      main.append(words);
      for (const label of ['a', 'b']) {
        const button = document.createElement('button');
        button.textContent = label;
        button.style.cssText = 'width:10px;height:10px;padding:0;margin:0;border:0;font-size:8px;min-height:0;min-width:0';
        main.append(button);
      }
    })()`);
    const violations = (await accessibilityViolations(page, WCAG_22_AA)).map((line) => line.split(':')[0]);
    expect(violations).toEqual(expect.arrayContaining(['color-contrast', 'target-size']));
    await page.close();
  }, SLOW);

  for (const viewport of [DESKTOP, PHONE]) {
    it(`finds nothing on any page or form at ${viewport.width}×${viewport.height}, errors showing or not`, async () => {
      const found: string[] = [];
      const signedIn = new Map<Who, Page>();
      const pageFor = async (who: Who): Promise<Page> => {
        const existing = signedIn.get(who);
        if (existing) return existing;
        const person = who === 'staff' ? staff : who === 'signed-out' ? null : web.demo.people[who];
        const page = person ? await web.pages.signIn(person, viewport) : await web.pages.newPage(viewport);
        signedIn.set(who, page);
        return page;
      };
      for (const visit of visits(web.demo)) {
        const page = await pageFor(visit.who);
        const where = `${visit.route} (${visit.who})`;
        const heading = await open(page, visit.route);
        const refused = (await page.getByText('Your role does not allow this.').count()) > 0;
        const asExpected = visit.refused ? refused : !refused && !NOT_THE_PAGE.test(heading);
        if (!asExpected) found.push(`${where}: did not open as expected (“${heading}”)`);
        for (const violation of await accessibilityViolations(page, WCAG_22_AA)) found.push(`${where}: ${violation}`);
        for (const control of await unlabelledControls(page)) found.push(`${where}: unlabelled ${control}`);
        for (const [state, act] of visit.states ?? []) {
          await act(page);
          for (const violation of await accessibilityViolations(page, WCAG_22_AA)) found.push(`${where} with ${state}: ${violation}`);
        }
        if (!visit.form) continue;
        try {
          await submitEmpty(page);
        } catch {
          found.push(`${where}: no error summary after an empty submit`);
          continue;
        }
        for (const violation of await accessibilityViolations(page, WCAG_22_AA)) found.push(`${where} with errors: ${violation}`);
      }
      for (const page of signedIn.values()) await page.close();
      expect(found).toEqual([]);
    }, 600_000);
  }

  it('finds nothing on the two-step sign-in pages (setting it up, and the code at sign-in) on a desktop or a phone', async () => {
    const trustId = await createTrust(web.app, 'Willow Federation');
    await web.app.http.put(`/api/trusts/${trustId}/security-policy`).set(operator()).send({ requireMfaForAdmins: true }).expect(201);
    const admin = await addPerson(web.app, trustId, OPERATOR_TOKEN, [{ role: 'trust-admin' }], { name: 'Dev Mistry', email: 'd.mistry@willow.example' });
    const found: string[] = [];
    const page = await web.pages.newPage(DESKTOP);
    const signInAs = async () => {
      await page.goto(`${web.url}/#/sign-in`);
      await page.getByLabel('Email address').fill(admin.email);
      await page.getByLabel('Password', { exact: true }).fill(admin.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
    };
    await signInAs();
    await page.getByRole('heading', { level: 1, name: 'Set up two-step sign-in' }).waitFor();
    for (const viewport of [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport);
      for (const violation of await accessibilityViolations(page, WCAG_22_AA)) found.push(`${viewport.width}px set-up: ${violation}`);
    }
    const secret = ((await page.getByLabel('Key to type into the app').textContent()) ?? '').replace(/\s+/g, '');
    await page.getByLabel('Six-digit code from the app').fill(totpCode(secret, new Date()));
    await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome, Dev Mistry' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signInAs();
    const code = page.getByLabel('Six-digit code from your authenticator app');
    await code.waitFor();
    await code.fill('000000');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.field-has-error', { has: code }).waitFor();
    for (const viewport of [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport);
      for (const violation of await accessibilityViolations(page, WCAG_22_AA)) found.push(`${viewport.width}px code refused: ${violation}`);
    }
    await page.close();
    expect(found).toEqual([]);
  }, SLOW);

  describe('the main tasks with the keyboard alone (Tab, Shift+Tab, typing, Space and Enter; no clicks)', () => {
    const focused = (page: Page) => page.evaluate<Focused>(FOCUSED);

    /**
     * Presses Tab (or Shift+Tab) until the control whose name starts with `name` has focus,
     * failing if any control on the way shows no focus ring.
     */
    async function tabTo(page: Page, name: string, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<Focused> {
      const passed: string[] = [];
      for (let presses = 0; presses < 150; presses++) {
        await page.keyboard.press(key);
        const now = await focused(page);
        // Focus on the body is focus on nothing (the browser's own controls come between the page's last control and its first).
        if (now.tag === 'BODY') continue;
        if (!now.ring) throw new Error(`${now.tag} “${now.name}” has focus but no visible focus ring`);
        passed.push(now.name);
        if (now.name.startsWith(name)) return now;
      }
      throw new Error(`“${name}” never took focus; passed ${passed.slice(-20).join(' | ')}`);
    }

    /** After a navigation: the new page's h1 has focus. */
    async function expectHeadingFocused(page: Page, heading: string): Promise<void> {
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.waitForFunction(`document.activeElement && document.activeElement.id === 'page-title'`);
      expect(await focused(page)).toMatchObject({ tag: 'H1', name: heading });
    }

    /** Signs in from the sign-in page with the keyboard: the sign-in journey itself. */
    async function signInByKeyboard(person: DemoPerson): Promise<Page> {
      const page = await web.pages.newPage();
      await page.goto(`${web.url}/`);
      // Sent on from / to the sign-in page, focus is on its heading: the next Tab is the first field.
      await expectHeadingFocused(page, 'Sign in');
      expect(await tabTo(page, 'Email address')).toMatchObject({ tag: 'INPUT' });
      await page.keyboard.type(person.email);
      await tabTo(page, 'Password');
      await page.keyboard.type(person.password);
      // Back a step and forward again: Shift+Tab returns to the email address.
      await tabTo(page, 'Email address', 'Shift+Tab');
      await tabTo(page, 'Password');
      expect(await tabTo(page, 'Sign in')).toMatchObject({ tag: 'BUTTON' });
      await page.keyboard.press('Enter');
      await expectHeadingFocused(page, `Welcome, ${person.name}`);
      return page;
    }

    it('signs in with the keyboard, the focus ring showing on every control and the welcome heading focused', async () => {
      const page = await signInByKeyboard(web.demo.people.trustee);
      await page.close();
    }, SLOW);

    it('lets a link governor log a visit with the keyboard', async () => {
      const page = await signInByKeyboard(web.demo.people.governor);
      await tabTo(page, 'Log a visit');
      await page.keyboard.press('Enter');
      await expectHeadingFocused(page, 'Log a visit to Libra School');
      await tabTo(page, 'Purpose of the visit');
      await page.keyboard.type('Behaviour walk, by keyboard');
      await tabTo(page, 'What you found');
      await page.keyboard.type('Calm corridors and consistent use of the rewards chart.');
      await tabTo(page, 'Behaviour policy');
      await page.keyboard.press('Space');
      expect(await page.getByRole('checkbox', { name: 'Behaviour policy' }).isChecked()).toBe(true);
      await tabTo(page, 'Log the visit');
      await page.keyboard.press('Enter');
      await page.getByTestId('saved').getByText('The visit is logged.').waitFor();
      // The saved notice takes focus, with its ring, so it is announced and the next Tab starts there.
      expect(await focused(page)).toMatchObject({ testId: 'saved', ring: true });
      expect(await accessibilityViolations(page, WCAG_22_AA)).toEqual([]);

      const token = await loginAs(web.app, web.demo.people.governor);
      const items = (
        await web.app.http.get(`/api/trusts/${web.demo.trustId}/audit?schoolId=${web.demo.schools.libra}&type=LinkGovernorVisitLogged&limit=500`).set(bearer(token)).expect(200)
      ).body.items as { data: { purpose?: string; policyIds?: string[] } }[];
      const logged = items.filter((item) => item.data.purpose === 'Behaviour walk, by keyboard');
      expect(logged).toHaveLength(1);
      expect(logged[0].data.policyIds).toContain(web.demo.policies.behaviour.id);
      await page.close();
    }, SLOW);

    it('lets a headteacher find a policy in the register and record its review with the keyboard', async () => {
      const page = await signInByKeyboard(web.demo.people.head);
      await tabTo(page, 'Libra School');
      await page.keyboard.press('Enter');
      await expectHeadingFocused(page, 'Libra School: policy register');
      await tabTo(page, 'Behaviour policy');
      await page.keyboard.press('Enter');
      await expectHeadingFocused(page, 'Behaviour policy');
      await tabTo(page, 'Record a review');
      await page.keyboard.press('Enter');
      await expectHeadingFocused(page, 'Record a review: Behaviour policy');
      // The date comes filled in with today; Tab reaches the first outcome and Space chooses it.
      await tabTo(page, 'No change');
      await page.keyboard.press('Space');
      expect(await page.getByRole('radio', { name: 'No change' }).isChecked()).toBe(true);
      await tabTo(page, 'Record the review');
      await page.keyboard.press('Enter');
      await page.getByTestId('saved').getByText('The review is recorded.').waitFor();
      expect(await focused(page)).toMatchObject({ testId: 'saved', ring: true });
      expect(await accessibilityViolations(page, WCAG_22_AA)).toEqual([]);
      await tabTo(page, 'See the new entry');
      await page.keyboard.press('Enter');
      await page.locator('.entry-new').getByText(/^Reviewed by you on 24 November 2026 \(no change\)/).waitFor();
      await page.close();
    }, SLOW);

    it('lets a trust admin go from the menu to “Add a school” and add one with the keyboard', async () => {
      const page = await signInByKeyboard(web.demo.people.admin);
      await tabTo(page, 'Manage the trust');
      await page.keyboard.press('Enter');
      await expectHeadingFocused(page, 'Manage the trust');
      await tabTo(page, 'Schools');
      await page.keyboard.press('Enter');
      await expectHeadingFocused(page, 'Schools');
      await tabTo(page, 'Add a school');
      await page.keyboard.press('Enter');
      await expectHeadingFocused(page, 'Add a school');
      await tabTo(page, 'School name');
      await page.keyboard.type('Willowmead Infant School');
      await tabTo(page, 'URN (optional)');
      await page.keyboard.type('150733');
      // Tab reaches the phase radios at the first phase (Nursery); Space chooses it.
      await tabTo(page, 'Nursery');
      await page.keyboard.press('Space');
      expect(await page.getByRole('radio', { name: 'Nursery', exact: true }).isChecked()).toBe(true);
      await tabTo(page, 'Add the school');
      await page.keyboard.press('Enter');
      await page.getByTestId('saved').waitFor();
      expect(await focused(page)).toMatchObject({ testId: 'saved', ring: true });
      expect(await accessibilityViolations(page, WCAG_22_AA)).toEqual([]);
      const token = await loginAs(web.app, web.demo.people.admin);
      const schools = (await web.app.http.get(`/api/trusts/${web.demo.trustId}/schools`).set(bearer(token)).expect(200)).body as { name: string; urn: string; phase: string }[];
      expect(schools.find((school) => school.name === 'Willowmead Infant School')).toMatchObject({ urn: '150733', phase: 'nursery' });
      await page.close();
    }, SLOW);

    it('lets the clerk choose the term and download the pack with the keyboard', async () => {
      const page = await signInByKeyboard(web.demo.people.clerk);
      await tabTo(page, 'Clerk’s pack');
      await page.keyboard.press('Enter');
      await expectHeadingFocused(page, 'Clerk’s termly pack');
      await tabTo(page, 'Preview the minutes inputs');
      await page.keyboard.press('Enter');
      await page.getByTestId('minutes-preview').waitFor();
      await tabTo(page, 'Word document (recommended)');
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      expect(download.suggestedFilename()).toMatch(/\.docx$/);
      expect(readFileSync(await download.path()).subarray(0, 2).toString('latin1')).toBe('PK');
      await page.getByText(`${download.suggestedFilename()} downloaded.`).waitFor();
      expect(await accessibilityViolations(page, WCAG_22_AA)).toEqual([]);
      await page.close();
    }, SLOW);

    it("lets the clerk download a school's evidence pack for an inspection with the keyboard, and it verifies", async () => {
      const page = await signInByKeyboard(web.demo.people.clerk);
      await page.goto(`${web.url}/#/schools/${web.demo.schools.libra}`);
      await expectHeadingFocused(page, 'Libra School: policy register');
      await page.getByRole('heading', { level: 2, name: 'Evidence pack for an inspection' }).waitFor();
      await tabTo(page, 'Download the evidence pack (zip)');
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      expect(download.suggestedFilename()).toBe(`evidence-pack-libra-school-${WEB_DEMO_TODAY}.zip`);
      expect(verifyPack(readFileSync(await download.path()))).toMatchObject({ ok: true, problems: [] });
      await page.getByText(`${download.suggestedFilename()} downloaded.`).waitFor();
      expect(await accessibilityViolations(page, WCAG_22_AA)).toEqual([]);
      await page.close();
    }, SLOW);
  });
});
