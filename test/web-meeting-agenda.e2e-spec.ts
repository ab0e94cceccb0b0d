import mammoth from 'mammoth';
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { bearer, loginAs } from './support/fixtures';
import { accessibilityViolations, unlabelledControls, WCAG_22_AA } from './support/web-pages';
import { screenshot, webDemoSuite } from './support/web-suite';

/*
 * A meeting's agenda, papers, documents and actions on its page in the browser: the clerk sets
 * up a local governing body meeting to come, sees the items due (overdue ones marked in words),
 * adds, moves and removes items, records the papers sent, downloads the agenda as Word, and
 * adds an action from the meeting; on a meeting already held, changes to the agenda are refused
 * with the server's message, and the draft minutes hold the decision's minute reference.
 */
const SLOW = 120_000;

interface AgendaItem {
  id: string;
  title: string;
  kind: string;
  overdue: boolean;
}

describe('a meeting’s agenda, papers and draft minutes in the web app', () => {
  let adminToken: string;
  const web = webDemoSuite();

  beforeAll(async () => {
    adminToken = await loginAs(web.app, web.demo.people.admin);
  }, 60_000);

  const api = (path: string) => `/api/trusts/${web.demo.trustId}/meetings/${path}`;
  const agendaOf = async (meetingId: string) => (await web.app.http.get(api(`${meetingId}/agenda`)).set(bearer(adminToken)).expect(200)).body as { items: AgendaItem[]; papers: unknown };
  const field = (page: Page, label: string) => page.locator('.field', { has: page.getByLabel(label, { exact: true }) });
  const itemTitles = async (page: Page) => (await page.getByTestId('agenda-items').locator(':scope > li > p:first-child > strong').allTextContents()).map((text) => text.trim());
  const itemNamed = (page: Page, title: string) => page.getByTestId('agenda-items').locator('strong').getByText(title, { exact: true });
  const wordText = async (download: Download) => (await mammoth.extractRawText({ buffer: readFileSync(await download.path()) })).value;

  async function expectAccessible(page: Page): Promise<void> {
    expect(await unlabelledControls(page)).toEqual([]);
    expect(await accessibilityViolations(page, WCAG_22_AA)).toEqual([]);
  }

  it('shapes the agenda of a meeting to come: items due, add, move, remove, papers sent, the agenda as Word, an action from the meeting', async () => {
    const page = await web.pages.signIn(web.demo.people.clerk);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Meetings' }).click();
    await page.getByRole('link', { name: 'Set up a meeting' }).click();
    await page.getByRole('radio', { name: 'Local governing body' }).check();
    await page.getByLabel('Which school’s local governing body?').selectOption(web.demo.schools.libra);
    await page.getByLabel('Date of the meeting').fill('10/12/2026');
    await page.getByLabel('Title (optional)').fill('Winter meeting');
    await page.getByRole('button', { name: 'Set up the meeting' }).click();
    await page.getByRole('link', { name: 'Open the meeting' }).click();
    await page.getByRole('heading', { level: 1, name: /10 December 2026/ }).waitFor();
    const meetingId = decodeURIComponent(new URL(page.url()).hash.split('/')[2].split('?')[0]);

    // The items due, in the server's order, overdue ones marked in words.
    const due = (await agendaOf(meetingId)).items;
    expect(due.length).toBeGreaterThan(0);
    expect(due.some((item) => item.overdue)).toBe(true);
    await page.getByTestId('agenda-items').waitFor();
    expect(await itemTitles(page)).toEqual(due.map((item) => item.title));
    expect(await page.getByTestId('agenda-items').getByText('Overdue', { exact: true }).count()).toBe(due.filter((item) => item.overdue).length);
    await page.getByTestId('agenda-items').getByText(/^Policy to review/).first().waitFor();
    await page.getByTestId('papers').getByText('The last day to send them, with seven clear days before the meeting, is 2 December 2026.').waitFor();
    await expectAccessible(page);

    // "Add an item": a title is needed (beside the field, and in the summary).
    const add = page.getByRole('form', { name: 'Add an item to the agenda' });
    await add.getByRole('button', { name: 'Add the item' }).click();
    await field(page, 'Title of the item').getByText('Enter the title of the item').waitFor();
    await page.locator('.error-summary').getByRole('link', { name: 'Enter the title of the item' }).waitFor();
    await expectAccessible(page);
    await add.getByLabel('Title of the item').fill('Declarations of interest');
    await add.getByRole('button', { name: 'Add the item' }).click();
    await itemNamed(page, 'Declarations of interest').waitFor();
    const again = page.getByRole('form', { name: 'Add an item to the agenda' });
    await again.getByLabel('Title of the item').fill('Any other business');
    await again.getByLabel('Details (optional)').fill('Raised with the chair beforehand.');
    await again.getByRole('button', { name: 'Add the item' }).click();
    await itemNamed(page, 'Any other business').waitFor();
    expect(await itemTitles(page)).toEqual([...due.map((item) => item.title), 'Declarations of interest', 'Any other business']);

    // Move "Declarations of interest" up one place, then take "Any other business" off.
    await page.getByRole('button', { name: 'Move up Declarations of interest' }).click();
    const moved = [...due.slice(0, -1).map((item) => item.title), 'Declarations of interest', due[due.length - 1].title, 'Any other business'];
    // The keyboard stays on the moved item's button, and the change is said in words.
    await page.getByTestId('agenda-status').getByText(`“Declarations of interest” is now item ${due.length}.`).waitFor();
    expect(await itemTitles(page)).toEqual(moved);
    expect(await page.evaluate<string | null>('document.activeElement && document.activeElement.textContent')).toBe('Move up Declarations of interest');
    await page.getByRole('button', { name: 'Remove Any other business' }).click();
    await page.getByTestId('agenda-status').getByText('“Any other business” is taken off the agenda.').waitFor();
    await itemNamed(page, 'Any other business').waitFor({ state: 'detached' });
    expect((await agendaOf(meetingId)).items.map((item) => item.title)).toEqual(moved.slice(0, -1));
    await expectAccessible(page);

    // Papers sent today (the demo's 24 November): fifteen clear days before 10 December.
    await page.getByLabel('Date the papers were sent').fill('24/11/2026');
    await page.getByRole('button', { name: 'Record that the papers were sent' }).click();
    await page.getByTestId('papers').getByText('Papers sent on 24 November 2026: 15 clear days (on time)').waitFor();
    expect((await agendaOf(meetingId)).papers).toEqual({ sentOn: '2026-11-24', clearDays: 15, onTime: true });
    await expectAccessible(page);

    // The agenda as Word, with its items.
    const [agendaFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the agenda (Word)' }).click()]);
    expect(agendaFile.suggestedFilename()).toMatch(/\.docx$/);
    const agendaText = await wordText(agendaFile);
    for (const title of moved.slice(0, -1)) expect(agendaText).toContain(title);
    expect(agendaText).not.toContain('Any other business');
    const [markdown] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the agenda (Markdown)' }).click()]);
    expect(readFileSync(await markdown.path(), 'utf8')).toContain('Declarations of interest');

    // An action from the meeting: owner from the trust's people, listed with due date and status.
    const action = page.getByRole('form', { name: 'Add an action' });
    await action.getByRole('button', { name: 'Add the action' }).click();
    await field(page, 'Who will do it').getByText('Choose who will do it').waitFor();
    await expectAccessible(page);
    await action.getByLabel('What is to be done').fill('Send the new safeguarding leaflet to parents');
    await action.getByLabel('Who will do it').selectOption({ label: web.demo.people.head.name });
    await action.getByLabel('Due date').fill('15/01/2027');
    await action.getByRole('button', { name: 'Add the action' }).click();
    const row = page.getByTestId('meeting-actions').getByRole('row').filter({ hasText: 'Send the new safeguarding leaflet to parents' });
    await row.getByText(web.demo.people.head.name).waitFor();
    await row.getByText('15 January 2027').waitFor();
    await row.getByText('Open', { exact: true }).waitFor();
    const view = (await web.app.http.get(api(meetingId)).set(bearer(adminToken)).expect(200)).body as { actions: { ownerId: string; schoolId: string; source: { kind: string; id: string } }[] };
    expect(view.actions).toMatchObject([{ ownerId: web.demo.people.head.id, schoolId: web.demo.schools.libra, source: { kind: 'meeting', id: meetingId } }]);
    await expectAccessible(page);
    await screenshot(page, 'meeting-agenda');

    // On a phone (320 CSS pixels), nothing makes the page scroll sideways.
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await page.close();
  }, SLOW);

  it('refuses changes to a held meeting’s agenda with the server’s message, and drafts its minutes with the minute reference', async () => {
    const held = await web.app.http.post(`/api/trusts/${web.demo.trustId}/meetings`).set(bearer(adminToken)).send({ body: 'local-governing-body', schoolId: web.demo.schools.libra, date: '2026-11-18' }).expect(201);
    const meetingId = (held.body as { id: string }).id;
    const page = await web.pages.signIn(web.demo.people.clerk);
    await page.goto(`${web.url}/#/meetings/${meetingId}`);
    await page.getByRole('heading', { level: 1, name: /18 November 2026/ }).waitFor();

    const attendance = page.getByRole('form', { name: 'Attendance' });
    for (const group of await attendance.getByRole('group').all()) await group.getByLabel('Present').check();
    await attendance.getByRole('button', { name: 'Save the attendance' }).click();
    await page.getByTestId('quorum').waitFor();
    const decision = page.getByRole('form', { name: 'Record a decision' });
    await decision.getByLabel('A note of any other resolution').check();
    await decision.getByLabel('Minute reference').fill('LGB/26/3');
    await decision.getByLabel('The resolution').fill('The governors thanked the staff for the open evening.');
    await decision.getByRole('button', { name: 'Record the decision' }).click();
    await page.getByTestId('decisions-table').getByText('LGB/26/3').waitFor();

    // The agenda of a meeting before today can no longer change: the server says so at the field.
    const add = page.getByRole('form', { name: 'Add an item to the agenda' });
    await add.getByLabel('Title of the item').fill('Late item');
    await add.getByRole('button', { name: 'Add the item' }).click();
    await field(page, 'Title of the item').getByText(/its agenda is what it was and can no longer be changed/).waitFor();
    await page.locator('.error-summary').getByText(/can no longer be changed/).waitFor();
    // So is taking an item off: the server's message under the agenda.
    const before = (await agendaOf(meetingId)).items;
    expect(before.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: `Remove ${before[0].title}` }).click();
    await page.getByTestId('agenda-status').getByText(/can no longer be changed/).waitFor();
    expect((await agendaOf(meetingId)).items).toEqual(before);
    await expectAccessible(page);

    const [minutes] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the draft minutes (Word)' }).click()]);
    expect(minutes.suggestedFilename()).toMatch(/\.docx$/);
    const text = await wordText(minutes);
    expect(text).toContain('LGB/26/3');
    expect(text).toContain('The governors thanked the staff for the open evening.');
    await page.getByTestId('download-status').getByText(`${minutes.suggestedFilename()} downloaded.`).waitFor();
    await expectAccessible(page);
    await page.close();
  }, SLOW);

  it('shows a governor the agenda, papers and actions without the clerk’s controls', async () => {
    const created = await web.app.http.post(`/api/trusts/${web.demo.trustId}/meetings`).set(bearer(adminToken)).send({ body: 'local-governing-body', schoolId: web.demo.schools.libra, date: '2026-12-15' }).expect(201);
    const meetingId = (created.body as { id: string }).id;
    const page = await web.pages.signIn(web.demo.people.governor);
    await page.goto(`${web.url}/#/meetings/${meetingId}`);
    await page.getByRole('heading', { level: 1, name: /15 December 2026/ }).waitFor();
    expect(await itemTitles(page)).toEqual((await agendaOf(meetingId)).items.map((item) => item.title));
    await page.getByTestId('papers').getByText('The last day to send them, with seven clear days before the meeting, is 7 December 2026.').waitFor();
    await page.getByRole('button', { name: 'Download the agenda (Word)' }).waitFor();
    for (const name of [/^Remove /, /^Move (up|down) /, /^Add the item$/, /^Record that the papers were sent$/, /^Download the draft minutes/, /^Add the action$/]) {
      expect(await page.getByRole('button', { name }).count()).toBe(0);
    }
    await page.getByText('No actions were set at this meeting.').waitFor();
    await expectAccessible(page);
    await page.close();
  }, SLOW);
});
