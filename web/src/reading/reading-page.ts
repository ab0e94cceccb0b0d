import type { MyReading } from '@governance/contracts';
import { AppContext } from '../context.js';
import { h } from '../dom.js';
import { Route } from '../router.js';
import { PageView, setNavLabel } from '../shell.js';
import { myReading, readingLabel, readingLists } from './reading-list.js';

/** Whether this person is asked to read anything: staff of a school, or anyone with something to read. */
export function hasReading(context: AppContext): boolean {
  return context.me.may.acknowledgePolicy !== undefined || (context.reading?.items.length ?? 0) > 0;
}

/** Keeps the menu's "Policies to read (N)" in step after an acknowledgement. */
function remember(context: AppContext, reading: MyReading): void {
  context.reading = reading;
  setNavLabel('/reading', readingLabel(reading));
}

/** #/reading, where the reminder emails point: everything to read, then what was read. */
export async function readingPage(_route: Route, context: AppContext): Promise<PageView> {
  const reading = await myReading();
  remember(context, reading);
  return {
    title: 'Your reading',
    content: [
      h('p', { class: 'lead' }, 'Read each policy your school has adopted, then press the button under it to say you have read and understood it. The oldest is first.'),
      readingLists(reading, { withAcknowledged: true, onChange: (now) => remember(context, now) }),
    ],
  };
}

/** The home page's first panel for staff: the same list, so someone who only comes to read finds it at once. */
export async function readingPanel(context: AppContext): Promise<HTMLElement | null> {
  if (!hasReading(context)) return null;
  const reading = await myReading();
  remember(context, reading);
  return h(
    'div',
    { 'data-testid': 'home-reading' },
    readingLists(reading, { withAcknowledged: false, onChange: (now) => remember(context, now) }),
    h('p', {}, h('a', { href: '#/reading' }, 'See everything you have read and acknowledged')),
  );
}
