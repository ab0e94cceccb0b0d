import { accessibilityViolations, unlabelledControls, WCAG_22_AA } from './support/web-pages';
import { screenshot, webDemoSuite } from './support/web-suite';

/*
 * Actions in the browser (today 2026-11-24): Libra's link governor logs a visit with two actions
 * agreed; the headteacher finds them on their home page (with the demo visit's action, overdue,
 * said in words), marks one done with a note after a GOV.UK-style error for a missing date; it
 * leaves the open list and shows as done. The school's page lists its open actions.
 */
const SLOW = 90_000;

describe('actions in the web app', () => {
  const web = webDemoSuite();
  const fireLog = 'Check the fire log with the site manager';
  const prevent = 'Brief new staff on Prevent duty';

  it('a link governor’s actions agreed become the headteacher’s actions, which they mark as done', async () => {
    const governor = await web.pages.signIn(web.demo.people.governor);
    await governor.goto(`${web.url}/#/schools/${web.demo.schools.libra}/visits/new`);
    await governor.getByRole('heading', { level: 1, name: 'Log a visit to Libra School' }).waitFor();
    await governor.getByText('Each line becomes an action for the school’s headteacher, due six weeks after the visit').waitFor();
    expect(await accessibilityViolations(governor)).toEqual([]);
    await governor.getByLabel('Date of the visit').fill('20/11/2026');
    await governor.getByLabel('Purpose of the visit').fill('Health and safety walk round');
    await governor.getByLabel('What you found').fill('Fire doors kept closed; the fire log was not to hand.');
    await governor.getByLabel('Actions agreed (optional)').fill(`${fireLog}\n\n${prevent}\n`);
    await governor.getByRole('button', { name: 'Log the visit' }).click();
    await governor.getByTestId('saved').getByText('The visit is logged.').waitFor();
    await governor.close();

    const head = await web.pages.signIn(web.demo.people.head);
    const mine = head.getByTestId('my-actions');
    const open = mine.getByRole('list', { name: 'Your open actions' }).getByRole('listitem');
    await open.filter({ hasText: fireLog }).waitFor();
    // The demo visit's action was due 17 November: overdue, in words.
    const demoAction = open.filter({ hasText: 'Book refresher training' });
    expect(await demoAction.textContent()).toContain('Overdue was due 17 November 2026');
    expect(await open.filter({ hasText: fireLog }).textContent()).toContain('Due 1 January 2027 · Link governor visit on 20 November 2026');
    expect(await open.count()).toBe(3);
    expect(await unlabelledControls(head)).toEqual([]);
    expect(await accessibilityViolations(head)).toEqual([]);

    const item = open.filter({ hasText: fireLog });
    await item.locator('summary', { hasText: 'Mark as done' }).click();
    await item.getByLabel('Date done').fill('');
    await item.getByRole('button', { name: 'Confirm done' }).click();
    await item.getByRole('link', { name: 'Enter the date the action was done' }).waitFor();
    expect(await accessibilityViolations(head, WCAG_22_AA)).toEqual([]);
    await item.getByLabel('Date done').fill('23/11/2026');
    await item.getByLabel('Note (optional)').fill('Fire log found and signed off');
    await item.getByRole('button', { name: 'Confirm done' }).click();
    await mine.getByTestId('saved').getByText(`“${fireLog}” is marked as done.`).waitFor();

    expect(await open.allTextContents()).toEqual([expect.stringContaining('Book refresher training'), expect.stringContaining(prevent)]);
    const done = mine.getByRole('list', { name: 'Your actions done lately' }).getByRole('listitem');
    expect(await done.allTextContents()).toEqual([`${fireLog}Done 23 November 2026: Fire log found and signed off`]);
    expect(await accessibilityViolations(head)).toEqual([]);
    await screenshot(head, 'actions-home');

    await head.goto(`${web.url}/#/schools/${web.demo.schools.libra}`);
    const schoolActions = head.getByTestId('school-actions').getByRole('listitem');
    await schoolActions.first().waitFor();
    expect((await schoolActions.allTextContents()).map((text) => text.split('Due')[0].split('Overdue')[0])).toEqual(['Book refresher training for the two staff before half term', prevent]);
    expect(await accessibilityViolations(head)).toEqual([]);
    await head.close();

    // The dashboard: the demo's action (overdue) and Prevent (due in January) are open; the fire log is done.
    const admin = await web.pages.signIn(web.demo.people.admin);
    await admin.goto(`${web.url}/#/compliance`);
    expect(await admin.getByTestId('figure-open-actions').locator('dd').textContent()).toBe('2');
    expect(await admin.getByTestId('figure-overdue-actions').locator('dd').textContent()).toBe('1');
    expect(await accessibilityViolations(admin)).toEqual([]);
    await admin.close();
  }, SLOW);
});
