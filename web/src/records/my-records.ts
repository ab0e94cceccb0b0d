import { AppContext } from '../context.js';
import { h } from '../dom.js';
import { Route } from '../router.js';
import { PageView } from '../shell.js';
import { section } from '../ui.js';
import { declarationForm, trainingForm } from './record-forms.js';
import { declarationHistory, declarationStatusLine, trainingHistory, trainingStatusLine } from './record-sections.js';
import { allowRecords, governorRecords } from './records-access.js';
import { interestsOf, trainingOf } from './records-api.js';

const MY_RECORDS = '/my-records';

/**
 * "My declaration and training": the governor's latest declaration and its status in words,
 * "Renew my declaration" and "Record training", then what they recorded before, latest first.
 */
export async function myRecordsPage(route: Route, context: AppContext): Promise<PageView> {
  allowRecords(governorRecords.own(context));
  const after = route.query.get('after') ?? undefined;
  const personId = context.me.id;
  const [interests, training] = await Promise.all([interestsOf(context, personId, after), trainingOf(context, personId, after)]);
  const back = (position: string): [string, string][] => [['See my declaration and training', `${MY_RECORDS}?after=${encodeURIComponent(position)}`]];
  return {
    title: 'My declaration and training',
    trail: [['Home', '/']],
    content: [
      h('p', { class: 'lead' }, 'Governors and trustees declare their business and pecuniary interests every year, and keep their safeguarding training up to date. The clerk sees what you record here.'),
      section('Declaration of interests', declarationStatusLine(interests), h('h3', {}, 'Renew my declaration'), declarationForm(context, personId, back), h('h3', {}, 'My declarations, latest first'), declarationHistory(context, interests)),
      section('Training', trainingStatusLine(training), h('h3', {}, 'Record training'), trainingForm(context, personId, back), h('h3', {}, 'My training, latest first'), trainingHistory(training)),
    ],
  };
}

/** The home page's line for those who keep their own records: the two statuses and the link. */
export async function myRecordsPanel(context: AppContext): Promise<HTMLElement | null> {
  if (!governorRecords.own(context)) return null;
  const [interests, training] = await Promise.all([interestsOf(context, context.me.id).catch(() => null), trainingOf(context, context.me.id).catch(() => null)]);
  if (!interests || !training) return null;
  // Those who need neither (not a governor or trustee, nothing recorded) are not asked.
  const required = interests.status !== 'not-required' || training.safeguarding.status !== 'not-required';
  if (!required && interests.declarations.length === 0 && training.training.length === 0) return null;
  return section(
    'Your declaration and training',
    declarationStatusLine(interests),
    trainingStatusLine(training),
    h('p', {}, h('a', { href: `#${MY_RECORDS}` }, 'My declaration and training')),
  );
}
