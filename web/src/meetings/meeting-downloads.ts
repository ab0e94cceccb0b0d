import type { MeetingView } from '@governance/contracts';
import { AppContext, mayDo } from '../context.js';
import { h } from '../dom.js';
import { MEDIA } from '../download.js';
import { downloadButton } from '../download-button.js';
import { actions, section } from '../ui.js';
import { meetingsApi } from './meetings-api.js';

/**
 * The agenda (Word, Markdown) and the draft minutes (Word) as files. The API wants the bearer
 * token in a header, so each is fetched and handed to the browser (as the clerk's pack page does).
 */
export function meetingDownloads(context: AppContext, view: MeetingView): HTMLElement | null {
  const where = view.schoolId ?? undefined;
  const status = h('div', { class: 'form-status', role: 'status', 'data-testid': 'download-status' });
  const button = (label: string, apiPath: string, filename: string, accept: string) => downloadButton(status, label, apiPath, filename, accept);
  const agenda = meetingsApi(context, view.id, 'agenda');
  const minutes = meetingsApi(context, view.id, 'minutes');
  const buttons = [
    mayDo(context.me, 'meetingAgenda') ? button('Download the agenda (Word)', agenda, `agenda-${view.date}.docx`, MEDIA.docx) : null,
    mayDo(context.me, 'meetingAgenda') ? button('Download the agenda (Markdown)', agenda, `agenda-${view.date}.md`, MEDIA.markdown) : null,
    mayDo(context.me, 'draftMinutes', where) ? button('Download the draft minutes (Word)', minutes, `draft-minutes-${view.date}.docx`, MEDIA.docx) : null,
  ].filter((entry) => entry !== null);
  if (buttons.length === 0) return null;
  return section('Documents', actions(...buttons), status);
}
