import mammoth from 'mammoth';
import type { DraftMinutes, MeetingAgenda } from '@governance/contracts';
import { meetingFileName, renderAgendaDocx, renderAgendaMarkdown, renderDraftMinutesDocx, renderDraftMinutesMarkdown } from './render';

const agenda: MeetingAgenda = {
  meetingId: 'm1',
  meetingName: 'Libra School local governing body: Autumn',
  trustName: 'Oak Trust',
  body: 'local-governing-body',
  schoolId: 's1',
  committee: null,
  title: 'Autumn',
  date: '2026-12-10',
  cancelled: false,
  previousMeetingOn: '2026-10-01',
  basis: 'due',
  papers: null,
  papersDueBy: '2026-12-02',
  items: [
    { id: 'added:1', kind: 'added', title: 'Declarations of interest', details: null, schoolId: 's1', schoolName: 'Libra School', policyId: null, personId: null, personName: null, on: null, overdue: false },
    { id: 'review:p1:s1', kind: 'policy-review', title: 'Review “Behaviour Policy”', details: null, schoolId: 's1', schoolName: 'Libra School', policyId: 'p1', personId: null, personName: null, on: '2026-11-01', overdue: true },
    { id: 'action:a1', kind: 'action', title: '# Not a heading', details: 'Link governor visit on 6 October 2026', schoolId: 's1', schoolName: 'Libra School', policyId: null, personId: 'h1', personName: 'Hana Head', on: '2026-12-20', overdue: false },
  ],
};

const minutes: DraftMinutes = {
  agenda,
  attendance: [
    { personId: 'g1', name: 'Gina', status: 'present' },
    { personId: 'g2', name: null, status: 'apologies-not-accepted' },
  ],
  quorum: 3,
  members: 4,
  present: 1,
  quorate: false,
  decisions: [
    { kind: 'adopt-policy', minuteRef: 'LGB/26/7', decidedOn: '2026-12-10', policyId: 'p1', policyTitle: 'Behaviour Policy', schoolId: 's1', schoolName: 'Libra School', version: 2, outcome: null, text: null, position: '9' },
    { kind: 'note', minuteRef: 'LGB/26/8', decidedOn: '2026-12-10', policyId: null, policyTitle: null, schoolId: null, schoolName: null, version: null, outcome: null, text: 'The governors thanked the staff.', position: '10' },
  ],
  actions: [],
  generatedOn: '2026-12-11',
};

describe('meeting documents', () => {
  it('writes the agenda as Markdown: numbered items with where, who and when; typed text stays text', () => {
    const markdown = renderAgendaMarkdown(agenda);
    expect(markdown).toContain('# Agenda: Libra School local governing body: Autumn, 10 December 2026');
    expect(markdown).toContain('**Papers:** Not yet sent; to go out by 2 December 2026 for seven clear days');
    expect(markdown).toContain('### 2\\. Review “Behaviour Policy”\n\nLibra School · due 1 November 2026 (overdue)');
    expect(markdown).toContain('### 3\\. \\# Not a heading\n\nLibra School · Hana Head · due 20 December 2026');
  });

  it('writes the draft minutes: attendance with statuses, the quorum, items, decisions with minute references', () => {
    const markdown = renderDraftMinutesMarkdown(minutes);
    expect(markdown).toContain('| g2 | Apologies not accepted |');
    expect(markdown).toContain('1 of 4 members present; the quorum is 3: the meeting was not quorate.');
    expect(markdown).toContain('| LGB/26/7 | Adopted version 2 of “Behaviour Policy” (Libra School) |');
    expect(markdown).toContain('| LGB/26/8 | The governors thanked the staff. |');
    expect(markdown).toContain('The meeting set no actions.');
  });

  it('writes Word files that open, holding the same facts', async () => {
    const agendaText = (await mammoth.extractRawText({ buffer: await renderAgendaDocx(agenda, '2026-12-01') })).value;
    for (const fact of ['Agenda: Libra School local governing body', '1. Declarations of interest', 'Hana Head']) expect(agendaText).toContain(fact);
    const minutesText = (await mammoth.extractRawText({ buffer: await renderDraftMinutesDocx(minutes) })).value;
    for (const fact of ['Draft minutes', 'Gina', 'Apologies not accepted', 'LGB/26/7', 'not quorate']) expect(minutesText).toContain(fact);
    expect(meetingFileName('minutes', agenda, 'docx')).toBe('minutes-libra-school-local-governing-body-autumn-2026-12-10.docx');
  });
});
