import type { GovernanceRegister, GovernanceRegisterEntry } from '@governance/contracts';
import { api } from '../api/client.js';
import { trustApi } from '../admin/admin-api.js';
import { AppContext, mayDo } from '../context.js';
import { h } from '../dom.js';
import { downloadButton } from '../download-button.js';
import { MEDIA } from '../download.js';
import { formatDate } from '../format.js';
import { actions, problemNotice, scrollingTable, section } from '../ui.js';
import { KIND_WORDS } from './records-words.js';

function interestsWords(entry: GovernanceRegisterEntry): string {
  const { interests } = entry;
  if (interests.declaredOn === null) return 'Not declared';
  if (interests.nothingToDeclare || (interests.current.length === 0 && interests.endedRecently.length === 0)) return 'None';
  const words = (list: typeof interests.current) => list.map((interest) => `${KIND_WORDS[interest.kind]}: ${interest.description ?? ''}`.trim());
  return [...words(interests.current), ...words(interests.endedRecently).map((text) => `${text} (ended)`)].join('; ');
}

function bodyTable(title: string, people: GovernanceRegisterEntry[]): HTMLElement {
  const row = (entry: GovernanceRegisterEntry) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, entry.former ? `${entry.name} (former)` : entry.name),
      h('td', {}, entry.roleInWords),
      h('td', {}, entry.appointedBy),
      h('td', {}, `${formatDate(entry.termStartsOn)} to ${formatDate(entry.termEndsOn)}${entry.leftOn ? `; left ${formatDate(entry.leftOn)}` : ''}`),
      h('td', {}, interestsWords(entry)),
      h('td', {}, entry.attendance ? `${entry.attendance.attended} of ${entry.attendance.expected}` : 'Not applicable'),
    );
  const headings = ['Name', 'Role', 'Appointed by', 'Term of office', 'Interests', 'Attendance'];
  return scrollingTable(
    title,
    h('table', {}, h('caption', {}, title), h('thead', {}, h('tr', {}, headings.map((heading) => h('th', { scope: 'col' }, heading)))), h('tbody', {}, people.map(row))),
  );
}

/**
 * The governance register the trust publishes, previewed as tables (built from the JSON answer,
 * never from server HTML) with downloads of the CSV and the HTML fragment for the website.
 */
export async function registerPanel(context: AppContext): Promise<HTMLElement | null> {
  if (!mayDo(context.me, 'governanceRegister')) return null;
  const path = trustApi(context, 'governance-register');
  const status = h('div', { class: 'form-status', role: 'status', 'data-testid': 'register-download-status' });
  const downloads = actions(
    downloadButton(status, 'Download the register (CSV)', path, 'governance-register.csv', MEDIA.csv),
    downloadButton(status, 'Download the register for the website (HTML)', path, 'governance-register.html', 'text/html'),
  );
  let preview: HTMLElement | HTMLElement[];
  try {
    const register = await api<GovernanceRegister>(path);
    preview = [
      h('p', {}, `As of ${formatDate(register.asOf)}; attendance over ${register.attendanceYear.label}.`),
      ...register.bodies.map((body) => bodyTable(body.title, body.people)),
    ];
  } catch (error) {
    preview = problemNotice(error);
  }
  return section(
    'Governance register',
    h('p', {}, 'What the trust publishes on its website: each body’s members, roles, appointing bodies, terms of office, interests and attendance, including those who left in the last 12 months.'),
    downloads,
    status,
    h('div', { 'data-testid': 'governance-register-preview' }, preview),
  );
}
