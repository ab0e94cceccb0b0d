import { AppContext, mayDo } from '../context.js';
import { h } from '../dom.js';
import { FormKit } from '../forms/form-kit.js';
import { formatDate, plural } from '../format.js';
import { navigate, path, Route } from '../router.js';
import { PageView } from '../shell.js';
import { scrollingTable, section } from '../ui.js';
import { academicYearOf, academicYearOptions, attendanceLabel, bodyOf, formatAcademicYear } from './meeting-words.js';
import { allowMeetings } from './meetings-access.js';
import { personAttendance } from './meetings-api.js';

/**
 * A person's attendance over an academic year: each meeting they were a member for (or
 * attended) with their status, and how many they attended of those they were expected at.
 */
export async function personAttendancePage(route: Route, context: AppContext): Promise<PageView> {
  allowMeetings(context, mayDo(context.me, 'personAttendance'));
  const { personId } = route.params;
  const current = academicYearOf(context.today);
  const year = route.query.get('year') ?? current;
  const record = await personAttendance(context, personId, year);
  const name = context.names.get(personId) ?? 'This person';
  const chooser = new FormKit('Choose the academic year');
  chooser.add(chooser.select('year', 'Academic year', academicYearOptions(current), { value: year }), chooser.submit('Show'));
  chooser.onSubmit(async () => navigate(`${path('people', personId, 'attendance')}?year=${encodeURIComponent(chooser.value('year'))}`), 'Loading…', { keepOpen: true });
  return {
    title: `${name}: attendance at meetings`,
    trail: [['Home', '/'], ...(mayDo(context.me, 'listMeetings') ? ([['Meetings', '/meetings']] as [string, string][]) : [])],
    content: [
      chooser.element(),
      section(
        formatAcademicYear(record.year),
        h('p', { 'data-testid': 'attendance-summary' }, `Attended ${record.attended} of the ${plural(record.expected, 'meeting')} they were expected at.`),
        record.meetings.length === 0
          ? h('p', {}, 'No meetings of this year had them as a member.')
          : scrollingTable(
              `Meetings of ${formatAcademicYear(record.year)}`,
              h(
                'table',
                {},
                h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Date'), h('th', { scope: 'col' }, 'Meeting'), h('th', { scope: 'col' }, 'Attendance'))),
                h(
                  'tbody',
                  {},
                  record.meetings.map((line) =>
                    h(
                      'tr',
                      {},
                      h('td', {}, formatDate(line.date)),
                      h('td', {}, mayDo(context.me, 'getMeeting') ? h('a', { href: `#${path('meetings', line.meetingId)}` }, bodyOf(context, line)) : bodyOf(context, line)),
                      h('td', {}, attendanceLabel(line.status)),
                    ),
                  ),
                ),
              ),
            ),
      ),
    ],
  };
}
