import { manage } from './admin/admin-access.js';
import { mayListMeetings } from './meetings/meetings-access.js';
import { AppContext, can, isTrustWide, ownSchoolIds } from './context.js';
import { Child, h, replace } from './dom.js';
import { path } from './router.js';
import { loading, problemNotice } from './ui.js';
import { readingLabel } from './reading/reading-list.js';

/** What a page gives the shell: its title (the h1 and the tab title) and its content. */
export interface PageView {
  title: string;
  /** Links above the title, from the home page down: [label, route]. */
  trail?: [string, string][];
  content: Child;
}

const APP_NAME = 'Governance tracker';

/** The header with the trust's name, the navigation for this person's roles and sign-out. */
export function renderHeader(context: AppContext | null, onSignOut: () => void): void {
  const header = document.getElementById('site-header') as HTMLElement;
  if (!context) {
    replace(header, h('div', { class: 'header-inner' }, h('p', { class: 'brand' }, APP_NAME)));
    return;
  }
  const { me } = context;
  const links: [string, string][] = [['Home', '/']];
  if (me.may.acknowledgePolicy !== undefined || (context.reading?.items.length ?? 0) > 0) links.push([context.reading ? readingLabel(context.reading) : 'Policies to read', '/reading']);
  if (isTrustWide(me)) links.push(['Compliance', '/compliance']);
  if (!isTrustWide(me)) {
    for (const schoolId of ownSchoolIds(me)) {
      const name = context.schools.find((school) => school.id === schoolId)?.name ?? 'My school';
      links.push([name, path('schools', schoolId)]);
    }
  }
  if (mayListMeetings(context)) links.push(['Meetings', '/meetings']);
  if (can.prepareMeetingPapers(me)) links.push(['Clerk’s pack', '/clerk']);
  if (can.importPolicies(me)) links.push(['Import policies', '/import']);
  if (manage.any(me)) links.push(['Manage the trust', '/admin']);
  replace(
    header,
    h(
      'div',
      { class: 'header-inner' },
      h('p', { class: 'brand' }, h('a', { href: '#/' }, context.trust.name), h('span', { class: 'brand-app' }, APP_NAME)),
      h(
        'nav',
        { 'aria-label': 'Main' },
        h('ul', {}, links.map(([label, route]) => h('li', {}, h('a', { href: `#${route}`, 'data-route': route }, label)))),
      ),
      h(
        'div',
        { class: 'who' },
        h('span', {}, me.name ?? me.email ?? 'Signed in'),
        h('button', { type: 'button', class: 'button-link', onclick: onSignOut }, 'Sign out'),
      ),
    ),
  );
}

/** Changes a menu link's words (the count of policies to read, after one is acknowledged). */
export function setNavLabel(route: string, label: string): void {
  const anchor = document.querySelector<HTMLAnchorElement>(`#site-header nav a[data-route="${route}"]`);
  if (anchor) anchor.textContent = label;
}

/** Marks the current page in the navigation (aria-current), so it is announced and styled. */
export function markCurrent(routePath: string): void {
  for (const anchor of document.querySelectorAll<HTMLAnchorElement>('#site-header nav a')) {
    const route = anchor.dataset.route ?? '';
    const current = route === '/' ? routePath === '/' : routePath === route || routePath.startsWith(`${route}/`);
    if (current) anchor.setAttribute('aria-current', 'page');
    else anchor.removeAttribute('aria-current');
  }
}

/**
 * Shows a page: a loading line first, then the page. Focus moves to the new h1 so keyboard and
 * screen-reader users start at the top of the new page, as after a full page load.
 */
export async function showPage(build: () => Promise<PageView>, moveFocus: boolean, stillWanted: () => boolean = () => true): Promise<void> {
  const main = document.getElementById('main') as HTMLElement;
  main.setAttribute('aria-busy', 'true');
  replace(main, loading());
  let view: PageView;
  try {
    view = await build();
  } catch (error) {
    view = { title: 'Something went wrong', content: problemNotice(error) };
  }
  // A later navigation started while this page loaded: its page wins.
  if (!stillWanted()) return;
  const heading = h('h1', { tabindex: -1, id: 'page-title' }, view.title);
  replace(
    main,
    view.trail && view.trail.length > 0
      ? h(
          'nav',
          { 'aria-label': 'Breadcrumb', class: 'breadcrumbs' },
          h('ol', {}, view.trail.map(([label, route]) => h('li', {}, h('a', { href: `#${route}` }, label)))),
        )
      : null,
    heading,
    view.content,
  );
  main.removeAttribute('aria-busy');
  document.title = `${view.title} – ${APP_NAME}`;
  if (moveFocus) heading.focus();
}
