import type { GovernanceRegister, GovernanceRegisterEntry } from '@governance/contracts';
import { escapeHtml, registerHtml } from './register-html';

const person = (name: string, extra: Partial<GovernanceRegisterEntry> = {}): GovernanceRegisterEntry => ({
  personId: 'p1',
  name,
  role: 'parent-governor',
  roleInWords: 'parent governor',
  appointedBy: 'Parents (election)',
  termStartsOn: '2025-09-01',
  termEndsOn: '2029-08-31',
  leftOn: null,
  former: false,
  interests: { declaredOn: '2026-09-10', nothingToDeclare: false, current: [{ kind: 'directorship', description: 'Director of <b>Acme</b> Ltd', from: '2020-01-01', to: null }], endedRecently: [] },
  attendance: { expected: 4, attended: 3 },
  ...extra,
});

const register = (people: GovernanceRegisterEntry[]): GovernanceRegister => ({
  trustId: 't1',
  trustName: 'Oak & Ash "Trust"',
  asOf: '2026-11-24',
  schoolId: null,
  attendanceYear: { label: '2025-26', from: '2025-09-01', to: '2026-08-31' },
  bodies: [
    { body: 'trust-board', schoolId: null, schoolName: null, committee: null, title: 'Trust board', people: [] },
    { body: 'local-governing-body', schoolId: 's1', schoolName: 'Libra <School>', committee: null, title: 'Libra <School> local governing body', people },
  ],
});

describe('registerHtml', () => {
  it('escapes every character that could open markup', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')"> & co`)).toBe('&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt; &amp; co');
  });

  it('writes a captioned table per body with every text escaped, and says when a body has no one', () => {
    const html = registerHtml(register([person('<script>alert(1)</script>'), person('Leo Leaver', { former: true, leftOn: '2025-12-20', attendance: null })]));
    expect(html).not.toMatch(/<script|<b>|<img/);
    expect(html).toContain('<caption>Trust board</caption>');
    expect(html).toContain('<tr><td colspan="6">No one is appointed.</td></tr>');
    expect(html).toContain('<caption>Libra &lt;School&gt; local governing body</caption>');
    expect(html).toContain('<th scope="row">&lt;script&gt;alert(1)&lt;/script&gt;</th><td>Parent governor</td><td>Parents (election)</td><td>1 September 2025 to 31 August 2029</td>');
    expect(html).toContain('<li>Directorship: Director of &lt;b&gt;Acme&lt;/b&gt; Ltd (from 1 January 2020)</li>');
    expect(html).toContain('<td>3 of 4</td>');
    expect(html).toContain('<th scope="row">Leo Leaver (former)</th>');
    expect(html).toContain('1 September 2025 to 31 August 2029; left 20 December 2025');
    expect(html).toContain('<td>Not applicable</td>');
    expect(html).toContain('Governance register of Oak &amp; Ash &quot;Trust&quot; as of 24 November 2026.');
  });

  it('says "Not declared" and "None" as a reader would', () => {
    const html = registerHtml(
      register([
        person('Nia', { interests: { declaredOn: null, nothingToDeclare: false, current: [], endedRecently: [] } }),
        person('Ned', { interests: { declaredOn: '2026-09-10', nothingToDeclare: true, current: [], endedRecently: [] } }),
      ]),
    );
    expect(html).toContain('<td>Not declared</td>');
    expect(html).toContain('<td><p>None</p><p>Declared 10 September 2026</p></td>');
  });
});
