import Database from 'better-sqlite3';
import { canonicalNames } from '../projection';
import { createSchema } from '../schema';
import { ActionsQuery } from '../queries/actions.query';
import { inStream, projectionSpec } from '../testing/projection-spec';
import { actionsProjection } from './actions.projection';

const visit = {
  type: 'LinkGovernorVisitLogged',
  data: {
    schoolId: 's1', governorId: 'gov', visitedOn: '2026-10-06', purpose: 'Safeguarding', findings: 'Fine', policyIds: [],
    actions: ['Check the fire log', 'Brief staff on Prevent'], loggedBy: 'gov', onBehalf: false, followUp: { ownerId: 'head', dueOn: '2026-11-17' },
  },
};
const opened = (actionId: string, schoolId: string | null, dueOn: string) => ({
  type: 'ActionOpened',
  data: { actionId, trustId: 't1', schoolId, title: `Do ${actionId}`, ownerId: 'clerk', dueOn, source: null, openedBy: 'admin' },
});
const list = (today: string, filter: Partial<Parameters<ActionsQuery['list']>[2]> = {}) => (db: Database.Database) =>
  new ActionsQuery(db).list('t1', today, { readable: 'all', ...filter }).map((a) => [a.id, a.status, a.ownerId, a.dueOn, a.sourceInWords]);

describe('actions read model', () => {
  const spec = projectionSpec(actionsProjection);

  it('opens one action per line a visit agreed, owned and due as the visit recorded', () =>
    spec.given([inStream('linkgov-s1', visit)]).then(list('2026-11-01'), [
      ['event-1_1', 'open', 'head', '2026-11-17', 'Link governor visit on 6 October 2026'],
      ['event-1_2', 'open', 'head', '2026-11-17', 'Link governor visit on 6 October 2026'],
    ]));

  it('keeps a visit logged before actions existed as free text', () => {
    const { followUp: _f, ...old } = visit.data;
    spec.given([inStream('linkgov-s1', { type: 'LinkGovernorVisitLogged', data: old })]).then(list('2026-11-01'), []);
  });

  it('says overdue once the due date has passed, and done once completed; filters by status', () => {
    const events = [
      inStream('linkgov-s1', visit),
      inStream('action-event-1_1', { type: 'ActionCompleted', data: { actionId: 'event-1_1', completedOn: '2026-11-10', note: 'Done', completedBy: 'head' } }),
      inStream('action-a9', opened('a9', null, '2026-12-01')),
    ];
    spec.given(events).then(list('2026-11-24'), [
      ['event-1_1', 'done', 'head', '2026-11-17', 'Link governor visit on 6 October 2026'],
      ['event-1_2', 'overdue', 'head', '2026-11-17', 'Link governor visit on 6 October 2026'],
      ['a9', 'open', 'clerk', '2026-12-01', 'Recorded directly'],
    ]);
    spec.given(events).then(list('2026-11-24', { status: 'overdue' }), [['event-1_2', 'overdue', 'head', '2026-11-17', 'Link governor visit on 6 October 2026']]);
    spec.given(events).then(list('2026-11-24', { status: 'open' }), [
      ['event-1_2', 'overdue', 'head', '2026-11-17', 'Link governor visit on 6 October 2026'],
      ['a9', 'open', 'clerk', '2026-12-01', 'Recorded directly'],
    ]);
    // A school-scoped reader sees their school's actions, not the trust-level one.
    spec.given(events).then(list('2026-11-24', { readable: new Set(['s1']), status: 'open' }), [['event-1_2', 'overdue', 'head', '2026-11-17', 'Link governor visit on 6 October 2026']]);
  });

  it('follows a reassignment and a new due date', () =>
    spec
      .given([
        inStream('action-a1', opened('a1', 's1', '2026-11-01')),
        inStream('action-a1', { type: 'ActionReassigned', data: { actionId: 'a1', ownerId: 'head', previousOwnerId: 'clerk' } }),
        inStream('action-a1', { type: 'ActionDueDateChanged', data: { actionId: 'a1', dueOn: '2027-01-10', previousDueOn: '2026-11-01' } }),
      ])
      .then(list('2026-11-24', { ownerId: 'head' }), [['a1', 'open', 'head', '2027-01-10', 'Recorded directly']]));

  it('takes away the actions of a withdrawn visit', () =>
    spec
      .given([
        inStream('linkgov-s1', visit),
        inStream('linkgov-s1', { type: 'EntryWithdrawn', data: { eventId: 'event-1', entryType: 'LinkGovernorVisitLogged', entry: visit.data, reason: 'Wrong school' } }),
      ])
      .then(list('2026-11-24'), []));

  it('creates its table in a fresh database', () => {
    const db = new Database(':memory:');
    createSchema(db, actionsProjection, canonicalNames());
    expect(new ActionsQuery(db).counts('t1', '2026-11-24')).toEqual({ bySchool: new Map(), total: { openActions: 0, overdueActions: 0 } });
    db.close();
  });
});
