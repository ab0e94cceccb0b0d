import type { MeetingView } from '@governance/contracts';
import { AppContext } from '../context.js';

/**
 * MERGE (#21 agenda part, /work/wt-agenda): the meeting page's place for the agenda (its items,
 * reorder/add/remove, Markdown and Word downloads, papers sent) and the draft-minutes (Word)
 * download. Nothing is shown until those routes exist: no dead links or buttons. Return the
 * agenda section and the download button here (shown when `mayDo(me, '<agenda entry>')`).
 */
export function agendaAndMinutesSlot(_context: AppContext, _view: MeetingView): HTMLElement | null {
  return null;
}
