import { api, seg } from '../api/client.js';
import type { LinkGovernor, LinkGovernorRequest, PersonName, WriteAnswer } from '@governance/contracts';
import { AppContext, mayDo, schoolName } from '../context.js';
import { linkGovernors, register } from '../data.js';
import { h } from '../dom.js';
import { FormKit, missing } from '../forms/form-kit.js';
import { policyChoices, saved } from '../forms/form-parts.js';
import { path, Route } from '../router.js';
import { PageView } from '../shell.js';
import { actions, buttonLink, scrollingTable, section } from '../ui.js';
import { ADMIN_TRAIL, allowOnly, manage } from './admin-access.js';
import { afterPosition, schools as schoolsRead, trustApi } from './admin-api.js';
import { checkAnswers } from './summary.js';

const LINKS_TRAIL: [string, string][] = [...ADMIN_TRAIL, ['Link governors', '/admin/link-governors']];

/** The schools where this person may assign link governors. */
function assignableSchools(context: AppContext): AppContext['schools'] {
  const where = context.me.may.assignLinkGovernor;
  return context.schools.filter((entry) => where === 'all' || (Array.isArray(where) && where.includes(entry.id)));
}

function linksTable(context: AppContext, schoolId: string, links: LinkGovernor[], titles: Map<string, string>): HTMLElement {
  const mayEnd = mayDo(context.me, 'unassignLinkGovernor', schoolId);
  const table = h(
    'table',
    { class: 'data', 'data-testid': `links-${schoolId}` },
    h('caption', { class: 'visually-hidden' }, `Link governors at ${schoolName(context, schoolId)}`),
    h('thead', {}, h('tr', {}, ['Governor', 'Area', 'Policies', ...(mayEnd ? [''] : [])].map((heading) => h('th', { scope: 'col' }, heading || h('span', { class: 'visually-hidden' }, 'Actions'))))),
    h(
      'tbody',
      {},
      links.map((link) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, link.name ?? 'Erased person'),
          h('td', {}, link.area),
          h('td', {}, link.policyIds.map((id) => titles.get(id) ?? 'a retired policy').join(', ')),
          mayEnd
            ? h('td', {}, h('a', { href: `#${path('admin', 'schools', schoolId, 'link-governors', link.personId, 'end')}?area=${encodeURIComponent(link.area)}` }, 'End this link', h('span', { class: 'visually-hidden' }, ` of ${link.name ?? 'this governor'} for ${link.area}`)))
            : null,
        ),
      ),
    ),
  );
  return scrollingTable(`Link governors at ${schoolName(context, schoolId)}`, table);
}

export async function linkGovernorsPage(route: Route, context: AppContext): Promise<PageView> {
  allowOnly(manage.linkGovernors(context.me));
  // A read with X-Min-Position first, so the lists below include a link just saved.
  const after = afterPosition(route.query);
  if (after) await schoolsRead(context, after);
  const schools = assignableSchools(context);
  const sections = await Promise.all(
    schools.map(async (entry) => {
      const [links, rows] = await Promise.all([linkGovernors(context, entry.id), register(context, entry.id).catch(() => [])]);
      const titles = new Map(rows.map((row) => [row.policyId, row.title]));
      return section(
        entry.name,
        links.length === 0 ? h('p', { class: 'empty' }, 'No link governors yet.') : linksTable(context, entry.id, links, titles),
        actions(buttonLink(path('admin', 'schools', entry.id, 'link-governors', 'new'), `Assign a link governor at ${entry.name}`, true)),
      );
    }),
  );
  return {
    title: 'Link governors',
    trail: ADMIN_TRAIL,
    content: [h('p', { class: 'lead' }, 'A link governor monitors an area (safeguarding, SEND, health and safety) and the policies that go with it.'), schools.length === 0 ? h('p', { class: 'empty' }, 'Add a school first.') : sections],
  };
}

/** Who may be a school's link governor, as the API says (its governors and the trustees). */
async function candidates(context: AppContext, schoolId: string): Promise<{ value: string; label: string }[]> {
  const named = await api<PersonName[]>(`/api/trusts/${seg(context.trustId)}/schools/${seg(schoolId)}/link-governor-candidates`);
  return named.map((someone) => ({ value: someone.id, label: someone.name ?? someone.id }));
}

export async function assignLinkGovernorPage(route: Route, context: AppContext): Promise<PageView> {
  const { schoolId } = route.params;
  allowOnly(mayDo(context.me, 'assignLinkGovernor', schoolId));
  const [choices, rows] = await Promise.all([candidates(context, schoolId), register(context, schoolId)]);
  const kit = new FormKit('Assign a link governor');
  kit.add(
    kit.select('personId', 'Governor', [{ value: '', label: 'Choose the governor' }, ...choices], { hint: 'The school’s governors and the trustees. Add a governor under “People and roles” first.' }),
    kit.input('area', 'Area they monitor', { required: true, hint: 'For example Safeguarding, SEND, Health and safety.', width: 'medium' }),
    policyChoices(kit, rows, 'Policies that go with the area (optional)', [], 'Their visits to the school start with these ticked.'),
    kit.date('assignedOn', 'Date the link starts', { value: context.today }),
    kit.submit('Assign the link governor'),
  );
  kit.onSubmit(async () => {
    const problems = missing(kit, [['personId', 'Choose the governor'], ['area', 'Enter the area they monitor']]);
    if (problems.length > 0) kit.fail(problems);
    const body: LinkGovernorRequest = { personId: kit.value('personId'), area: kit.value('area'), policyIds: kit.values('policyIds'), assignedOn: kit.value('assignedOn') || undefined };
    const answer = await api<WriteAnswer>(trustApi(context, 'schools', schoolId, 'link-governors'), { method: 'POST', idempotencyKey: kit.idempotencyKey, json: body });
    const name = choices.find((choice) => choice.value === body.personId)?.label ?? 'The governor';
    return saved(`${name} is link governor for ${body.area} at ${schoolName(context, schoolId)}.`, [
      ['Assign another', path('admin', 'schools', schoolId, 'link-governors', 'new')],
      ['See all link governors', `/admin/link-governors?after=${encodeURIComponent(answer.position)}`],
    ]);
  });
  return { title: `Assign a link governor at ${schoolName(context, schoolId)}`, trail: LINKS_TRAIL, content: kit.element() };
}

export async function endLinkPage(route: Route, context: AppContext): Promise<PageView> {
  const { schoolId, personId } = route.params;
  allowOnly(mayDo(context.me, 'unassignLinkGovernor', schoolId));
  const area = route.query.get('area') ?? '';
  const link = (await linkGovernors(context, schoolId)).find((entry) => entry.personId === personId && entry.area === area);
  const name = link?.name ?? context.names.get(personId) ?? 'This governor';
  return {
    title: 'End a link governor’s link',
    trail: LINKS_TRAIL,
    content: checkAnswers({
      label: 'Confirm the link ends',
      rows: [
        { key: 'Governor', value: name },
        { key: 'School', value: schoolName(context, schoolId) },
        { key: 'Area', value: area },
        { key: 'What happens', value: 'They stop being link governor for this area. Their visits and reports stay in the history.' },
      ],
      warning: 'The link ends today. To link them again, assign them again.',
      confirm: 'Confirm: end the link',
      back: ['Go back', '/admin/link-governors'],
      send: (idempotencyKey) => api<WriteAnswer>(`${trustApi(context, 'schools', schoolId, 'link-governors', personId)}?area=${encodeURIComponent(area)}`, { method: 'DELETE', idempotencyKey }),
      done: (answer) => saved(`${name} is no longer link governor for ${area}.`, [['See all link governors', `/admin/link-governors?after=${encodeURIComponent(answer.position)}`]]),
    }),
  };
}
