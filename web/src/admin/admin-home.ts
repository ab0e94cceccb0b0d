import { AppContext } from '../context.js';
import { h } from '../dom.js';
import { PageView } from '../shell.js';
import { manage } from './admin-access.js';

interface Section {
  title: string;
  route: string;
  says: string;
  shown: boolean;
}

/** "Manage the trust": the set-up tasks this person may do, each a card with a link. */
export async function adminHomePage(_route: unknown, context: AppContext): Promise<PageView> {
  const { me } = context;
  const sections: Section[] = [
    { title: 'Schools', route: '/admin/schools', says: 'Add the trust’s schools, change their names, URNs and phases.', shown: manage.schools(me) },
    { title: 'People and roles', route: '/admin/people', says: 'Add people, give and end roles, send invitations to sign in.', shown: manage.people(me) },
    { title: 'Governors and trustees', route: '/admin/governors', says: 'Appointments and terms of office, declarations of interests and training, by status.', shown: manage.governors(me) },
    { title: 'Policies', route: '/admin/policies', says: 'Add policies from the statutory catalogue or your own, record versions, approvals, reviews.', shown: manage.policies(me) },
    { title: 'Scheme of delegation', route: '/admin/scheme-of-delegation', says: 'Which body approves which policy at each school: checked on every adoption and approval.', shown: manage.scheme(me) },
    { title: 'Link governors', route: '/admin/link-governors', says: 'Who monitors which area at each school.', shown: manage.linkGovernors(me) },
    { title: 'Term dates', route: '/admin/term-dates', says: 'The trust’s own term dates, used for “next term” reviews.', shown: manage.termDates(me) },
    { title: 'Reminders', route: '/admin/reminders', says: 'When people are emailed about reviews falling due.', shown: manage.reminders(me) },
    { title: 'Import policy documents', route: '/import', says: 'Read an existing policy document and record what it says.', shown: manage.imports(me) },
  ];
  const shown = sections.filter((section) => section.shown);
  return {
    title: 'Manage the trust',
    trail: [['Home', '/']],
    content: [
      h('p', { class: 'lead' }, `Set up ${context.trust.name}: its schools, people and policies.`),
      shown.length === 0
        ? h('p', {}, 'Setting up the trust is for trust administrators. Ask one if you need something changed.')
        : h('ul', { class: 'admin-sections' }, shown.map((section) => h('li', {}, h('h2', {}, h('a', { href: `#${section.route}` }, section.title)), h('p', {}, section.says)))),
    ],
  };
}
