import type { DeclaredInterest, GovernanceRegister, GovernanceRegisterBody, GovernanceRegisterEntry } from '@governance/contracts';
import { interestKindInWords } from '@governance/domain';
import { shortDate } from '@governance/notifications';

/** Text as HTML text or attribute value: every character that could open markup is an entity. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

const e = escapeHtml;

function interestItem(interest: DeclaredInterest): string {
  const dates = [interest.from ? `from ${shortDate(interest.from)}` : null, interest.to ? `to ${shortDate(interest.to)}` : null].filter(Boolean).join(' ');
  return `<li>${e(interestKindInWords(interest.kind))}: ${e(interest.description ?? '')}${dates ? ` (${e(dates)})` : ''}</li>`;
}

function interestsCell(entry: GovernanceRegisterEntry): string {
  const { interests } = entry;
  if (interests.declaredOn === null) return 'Not declared';
  const current = interests.nothingToDeclare || interests.current.length === 0 ? '<p>None</p>' : `<ul>${interests.current.map(interestItem).join('')}</ul>`;
  const ended = interests.endedRecently.length === 0 ? '' : `<p>Ended in the last 12 months:</p><ul>${interests.endedRecently.map(interestItem).join('')}</ul>`;
  return `${current}${ended}<p>Declared ${e(shortDate(interests.declaredOn))}</p>`;
}

function termCell(entry: GovernanceRegisterEntry): string {
  const term = `${shortDate(entry.termStartsOn)} to ${shortDate(entry.termEndsOn)}`;
  return e(entry.leftOn === null ? term : `${term}; left ${shortDate(entry.leftOn)}`);
}

function row(entry: GovernanceRegisterEntry): string {
  const name = entry.former ? `${entry.name} (former)` : entry.name;
  const role = entry.roleInWords.charAt(0).toUpperCase() + entry.roleInWords.slice(1);
  const attendance = entry.attendance === null ? 'Not applicable' : `${entry.attendance.attended} of ${entry.attendance.expected}`;
  return `<tr><th scope="row">${e(name)}</th><td>${e(role)}</td><td>${e(entry.appointedBy)}</td><td>${termCell(entry)}</td><td>${interestsCell(entry)}</td><td>${e(attendance)}</td></tr>`;
}

function table(body: GovernanceRegisterBody, yearLabel: string): string {
  const head = ['Name', 'Role', 'Appointed by', 'Term of office', 'Business and pecuniary interests', `Meetings attended ${yearLabel}`]
    .map((heading) => `<th scope="col">${e(heading)}</th>`)
    .join('');
  const rows = body.people.length === 0 ? `<tr><td colspan="6">No one is appointed.</td></tr>` : body.people.map(row).join('\n');
  return `<table>\n<caption>${e(body.title)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
}

/**
 * The register as an HTML fragment a trust's website can include: plain semantic tables, one
 * per body with its caption, no script, no style, no class a stylesheet must know; every text
 * escaped, so a name such as `<script>` is shown as written and never runs.
 */
export function registerHtml(register: GovernanceRegister): string {
  const year = register.attendanceYear.label;
  const intro =
    `<p>Governance register of ${e(register.trustName)} as of ${e(shortDate(register.asOf))}. ` +
    `Former members, trustees and governors who left in the last 12 months are marked "(former)". ` +
    `Attendance: meetings of the body attended, of those they were expected at, in the academic year ${e(year)}.</p>`;
  return `<section>\n${intro}\n${register.bodies.map((body) => table(body, year)).join('\n')}\n</section>\n`;
}
