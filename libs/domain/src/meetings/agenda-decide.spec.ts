import { deciderSpec } from '../testing/decider-spec';
import { AgendaItem, composeAgenda, noAgendaEdits } from './agenda';
import { meetingDecider } from './decide';
import { MeetingEvent } from './events';
import { clearDaysBefore, lastDayForPapers } from './papers';

const spec = deciderSpec(meetingDecider); // today is 2026-11-24
const meetingId = 'mtg-1';
const scheduled = (date: string): MeetingEvent => ({
  type: 'MeetingScheduled',
  data: { meetingId, trustId: 't1', body: 'local-governing-body', schoolId: 'sch-1', committee: null, title: null, date },
});
const item = (id: string, title = id): AgendaItem => ({ id, kind: 'policy-review', title, details: null, schoolId: 'sch-1', policyId: null, personId: null, on: null, overdue: false });
const added = (n: number, title: string): AgendaItem => ({ ...item(`added:${n}`, title), kind: 'added' });
const current = ['review:p1:sch-1', 'action:a1'];

describe('agenda decider', () => {
  it('adds a free-text item with the next added id', () => {
    spec
      .given([scheduled('2026-12-10'), { type: 'AgendaItemAdded', data: { meetingId, item: added(1, 'Welcome') } }])
      .when({ type: 'AddAgendaItem', data: { meetingId, title: ' Declarations of interest ', details: null } })
      .then([{ type: 'AgendaItemAdded', data: { meetingId, item: added(2, 'Declarations of interest') } }]);
  });

  it('removes an item of the agenda, and refuses one that is not on it', () => {
    spec.given([scheduled('2026-12-10')]).when({ type: 'RemoveAgendaItem', data: { meetingId, itemId: 'action:a1', currentItemIds: current } })
      .then([{ type: 'AgendaItemRemoved', data: { meetingId, itemId: 'action:a1' } }]);
    spec.given([scheduled('2026-12-10')]).when({ type: 'RemoveAgendaItem', data: { meetingId, itemId: 'action:other', currentItemIds: current } })
      .thenThrows('unknown-agenda-item');
  });

  it('reorders by item ids; the same order again changes nothing; a repeated id is bad input', () => {
    const order = ['action:a1', 'review:p1:sch-1'];
    spec.given([scheduled('2026-12-10')]).when({ type: 'ReorderAgenda', data: { meetingId, order, currentItemIds: current } })
      .then([{ type: 'AgendaReordered', data: { meetingId, order } }]);
    spec.given([scheduled('2026-12-10'), { type: 'AgendaReordered', data: { meetingId, order } }]).when({ type: 'ReorderAgenda', data: { meetingId, order, currentItemIds: current } })
      .then([]);
    spec.given([scheduled('2026-12-10')]).when({ type: 'ReorderAgenda', data: { meetingId, order: ['action:a1', 'action:a1'], currentItemIds: current } })
      .thenRefusesInput('order[1]', 'action:a1 is named twice in order; name each item once.');
  });

  it('changes the agenda of a meeting today, never of one before today or a cancelled one', () => {
    spec.given([scheduled('2026-11-24')]).when({ type: 'AddAgendaItem', data: { meetingId, title: 'AOB' } })
      .then([{ type: 'AgendaItemAdded', data: { meetingId, item: added(1, 'AOB') } }]);
    spec.given([scheduled('2026-11-23')]).when({ type: 'AddAgendaItem', data: { meetingId, title: 'AOB' } }).thenThrows('meeting-in-past');
    spec.given([scheduled('2026-11-23')]).when({ type: 'RemoveAgendaItem', data: { meetingId, itemId: 'action:a1', currentItemIds: current } }).thenThrows('meeting-in-past');
    spec.given([scheduled('2026-12-10'), { type: 'MeetingCancelled', data: { meetingId, reason: null } }])
      .when({ type: 'AddAgendaItem', data: { meetingId, title: 'AOB' } }).thenThrows('meeting-cancelled');
  });

  it('records the papers sent with the agenda as it stands; not a day after today or after the meeting', () => {
    const agenda = [item('review:p1:sch-1')];
    spec.given([scheduled('2026-12-10')]).when({ type: 'RecordPapersSent', data: { meetingId, sentOn: '2026-11-24', agenda } })
      .then([{ type: 'PapersSent', data: { meetingId, sentOn: '2026-11-24', agenda } }]);
    spec.given([scheduled('2026-12-10')]).when({ type: 'RecordPapersSent', data: { meetingId, sentOn: '2026-11-25', agenda } }).thenThrows('papers-not-yet-sent');
    spec.given([scheduled('2026-11-20')]).when({ type: 'RecordPapersSent', data: { meetingId, sentOn: '2026-11-21', agenda } }).thenThrows('papers-after-meeting');
    spec.given([scheduled('2026-12-10')]).when({ type: 'RecordPapersSent', data: { meetingId, sentOn: 'soon', agenda } })
      .thenRefusesInput('sentOn', 'sentOn must be a date written YYYY-MM-DD, for example 2026-09-01.');
  });
});

describe('composing the agenda', () => {
  const base = [item('a'), item('b'), item('c')];
  it('adds the clerk\'s items after the due ones, drops removed ones and puts the named ones first in the order given', () => {
    expect(composeAgenda(base, noAgendaEdits()).map((i) => i.id)).toEqual(['a', 'b', 'c']);
    const edits = { added: [added(1, 'Welcome')], removed: ['b'], order: ['added:1', 'c'] };
    expect(composeAgenda(base, edits).map((i) => i.id)).toEqual(['added:1', 'c', 'a']);
  });

  it('applies the edits once to an agenda as sent that already holds them', () => {
    const sent = [added(1, 'Welcome'), item('c'), item('a')];
    expect(composeAgenda(sent, { added: [added(1, 'Welcome')], removed: ['b'], order: ['added:1', 'c'] }).map((i) => i.id)).toEqual(['added:1', 'c', 'a']);
  });
});

describe('seven clear days', () => {
  it('counts neither the day sent nor the meeting day: the last day to send is eight days before', () => {
    expect(lastDayForPapers('2026-12-10')).toBe('2026-12-02');
    expect(clearDaysBefore('2026-12-02', '2026-12-10')).toBe(7);
    expect(clearDaysBefore('2026-12-03', '2026-12-10')).toBe(6);
    expect(clearDaysBefore('2026-12-10', '2026-12-10')).toBe(0);
  });
});
