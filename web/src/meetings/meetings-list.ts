import type { MeetingSummary } from '@governance/contracts';
import { AppContext, mayDo } from '../context.js';
import { h } from '../dom.js';
import { FormKit } from '../forms/form-kit.js';
import { formatDate } from '../format.js';
import { navigate, path, Route } from '../router.js';
import { PageView } from '../shell.js';
import { actions, buttonLink, scrollingTable, section } from '../ui.js';
import { meetingName } from './meeting-words.js';
import { meetings } from './meetings-api.js';
import { allowMeetings } from './meetings-access.js';

/**
 * The clerk's meetings: those to come (soonest first) and those held (latest first), of the
 * whole trust or of one school's governing body; a cancelled meeting stays listed, marked.
 */
export async function meetingsPage(route: Route, context: AppContext): Promise<PageView> {
  allowMeetings(context);
  const schoolId = route.query.get('schoolId') ?? '';
  const list = await meetings(context, schoolId, route.query.get('after') ?? undefined);
  const upcoming = list.filter((meeting) => meeting.date >= context.today);
  const past = list.filter((meeting) => meeting.date < context.today).reverse();
  const filter = new FormKit('Show the meetings of');
  filter.add(
    filter.select('schoolId', 'Show the meetings of', [{ value: '', label: 'Every body of the trust' }, ...context.schools.map((school) => ({ value: school.id, label: `${school.name} local governing body` }))], { value: schoolId }),
    filter.submit('Show'),
  );
  filter.onSubmit(async () => navigate(filter.value('schoolId') ? `/meetings?schoolId=${encodeURIComponent(filter.value('schoolId'))}` : '/meetings'), 'Loading…', { keepOpen: true });
  return {
    title: 'Meetings',
    trail: [['Home', '/']],
    content: [
      h('p', { class: 'lead' }, 'Meetings of the trust board, the local governing bodies and committees: attendance, quorum and the decisions taken with their minute references.'),
      mayDo(context.me, 'scheduleMeeting') ? actions(buttonLink('/meetings/new', 'Set up a meeting')) : null,
      filter.element(),
      section('Meetings to come', meetingTable(context, upcoming, 'Meetings to come', 'No meetings to come are set up.')),
      section('Meetings held', meetingTable(context, past, 'Meetings held', 'No meetings have been held yet.')),
    ],
  };
}

function meetingTable(context: AppContext, list: MeetingSummary[], label: string, none: string): HTMLElement {
  if (list.length === 0) return h('p', {}, none);
  return scrollingTable(
    label,
    h(
      'table',
      { 'data-testid': 'meetings-table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Date'), h('th', { scope: 'col' }, 'Meeting'))),
      h(
        'tbody',
        {},
        list.map((meeting) =>
          h(
            'tr',
            {},
            h('td', {}, formatDate(meeting.date)),
            h(
              'td',
              {},
              h('a', { href: `#${path('meetings', meeting.id)}` }, meetingName(context, meeting)),
              meeting.cancelled ? [' ', h('span', { class: 'badge badge-late' }, 'Cancelled')] : null,
            ),
          ),
        ),
      ),
    ),
  );
}
