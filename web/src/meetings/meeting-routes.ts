import { AppContext } from '../context.js';
import { Route, RouteTable } from '../router.js';
import { PageView } from '../shell.js';
import { cancelMeetingPage, moveMeetingPage } from './meeting-change.js';
import { newMeetingPage } from './meeting-new.js';
import { meetingPage } from './meeting-page.js';
import { meetingsPage } from './meetings-list.js';
import { personAttendancePage } from './person-attendance.js';

type Page = (route: Route, context: AppContext) => Promise<PageView>;

/** The clerk's meetings area, under #/meetings, and a person's attendance over a year. */
export const meetingRoutes: RouteTable<Page>[] = [
  { pattern: '/meetings', handler: meetingsPage },
  { pattern: '/meetings/new', handler: newMeetingPage },
  { pattern: '/meetings/:meetingId', handler: meetingPage },
  { pattern: '/meetings/:meetingId/move', handler: moveMeetingPage },
  { pattern: '/meetings/:meetingId/cancel', handler: cancelMeetingPage },
  { pattern: '/people/:personId/attendance', handler: personAttendancePage },
];
