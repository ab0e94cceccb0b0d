import { NotFoundError } from '../shared/domain-error';
import { fold } from '../shared/decider';
import { deciderSpec, testContext } from '../testing/decider-spec';
import { actionDecider } from './decider';
import { ActionEvent, ActionFacts } from './events';
import { actionsAgreedAtVisit, parseVisitActionId } from './visit-actions';
import { checkActionSource } from './source';
import { actionSourceInWords } from './source-words';

/** testContext: today 2026-11-24, actor person-tester. */
const spec = deciderSpec(actionDecider);
const source = { kind: 'visit' as const, id: 'visit-1', on: '2026-10-06', point: null };
const opened: ActionEvent = {
  type: 'ActionOpened',
  data: { actionId: 'a1', trustId: 't1', schoolId: 's1', title: 'Update the SEND register', ownerId: 'head', dueOn: '2026-12-01', source, openedBy: 'clerk' },
};
const done: ActionEvent = { type: 'ActionCompleted', data: { actionId: 'a1', completedOn: '2026-11-20', note: 'Register updated', completedBy: 'head' } };
const agreed: ActionFacts = { actionId: 'v1_1', trustId: 't1', schoolId: 's1', title: 'Check the fire log', ownerId: 'head', dueOn: '2026-11-17', source };

describe('OpenAction', () => {
  it('opens an action with its owner, due date and source', () =>
    spec.given([]).when({ type: 'OpenAction', data: { actionId: 'a1', trustId: 't1', schoolId: 's1', title: ' Update the SEND register ', ownerId: 'head', dueOn: '2026-12-01', source } }).then([
      { type: 'ActionOpened', data: { actionId: 'a1', trustId: 't1', schoolId: 's1', title: 'Update the SEND register', ownerId: 'head', dueOn: '2026-12-01', source, openedBy: 'person-tester' } },
    ]));

  it('refuses an empty title', () =>
    spec.given([]).when({ type: 'OpenAction', data: { actionId: 'a1', trustId: 't1', schoolId: null, title: '  ', ownerId: 'head', dueOn: '2026-12-01', source: null } }).thenRefusesInput('title', 'title is required and must be some text.'));

  it('refuses a due date that is not a date', () => {
    expect(() =>
      actionDecider.decide({ type: 'OpenAction', data: { actionId: 'a1', trustId: 't1', schoolId: null, title: 'x', ownerId: 'head', dueOn: 'next Friday', source: null } }, fold(actionDecider, []), testContext),
    ).toThrow(expect.objectContaining({ field: 'dueOn' }));
  });
});

describe('CompleteAction', () => {
  it('marks an open action done with the date and a note', () =>
    spec.given([opened]).when({ type: 'CompleteAction', data: { actionId: 'a1', completedOn: '2026-11-20', note: 'Register updated', agreed: null } }).then([
      { type: 'ActionCompleted', data: { actionId: 'a1', completedOn: '2026-11-20', note: 'Register updated', completedBy: 'person-tester' } },
    ]));

  it('changes nothing when the same completion is sent again', () =>
    spec.given([opened, done]).when({ type: 'CompleteAction', data: { actionId: 'a1', completedOn: '2026-11-20', note: 'Register updated', agreed: null } }).then([]));

  it('refuses another completion of a done action', () =>
    spec.given([opened, done]).when({ type: 'CompleteAction', data: { actionId: 'a1', completedOn: '2026-11-22', agreed: null } }).thenThrows('action-already-done'));

  it('refuses a completion date in the future', () =>
    spec.given([opened]).when({ type: 'CompleteAction', data: { actionId: 'a1', completedOn: '2026-12-25', agreed: null } }).thenThrows('date-in-future'));

  it('completes an action agreed at a visit from the facts the visit recorded', () =>
    spec.given([]).when({ type: 'CompleteAction', data: { actionId: 'v1_1', completedOn: '2026-11-20', agreed } }).then([
      { type: 'ActionCompleted', data: { actionId: 'v1_1', completedOn: '2026-11-20', note: null, completedBy: 'person-tester' } },
    ]));

  it('does not know an action that was never opened', () => {
    expect(() => actionDecider.decide({ type: 'CompleteAction', data: { actionId: 'zz', completedOn: '2026-11-20', agreed: null } }, fold(actionDecider, []), testContext)).toThrow(NotFoundError);
  });
});

describe('ChangeAction', () => {
  it('gives an open action another owner, recording the previous one', () =>
    spec.given([opened]).when({ type: 'ChangeAction', data: { actionId: 'a1', ownerId: 'clerk', agreed: null } }).then([
      { type: 'ActionReassigned', data: { actionId: 'a1', ownerId: 'clerk', previousOwnerId: 'head' } },
    ]));

  it('moves the due date of a visit action from the date the visit set', () =>
    spec.given([]).when({ type: 'ChangeAction', data: { actionId: 'v1_1', dueOn: '2027-01-15', agreed } }).then([
      { type: 'ActionDueDateChanged', data: { actionId: 'v1_1', dueOn: '2027-01-15', previousDueOn: '2026-11-17' } },
    ]));

  it('changes both in one go, and nothing when both are already so', () => {
    spec.given([opened]).when({ type: 'ChangeAction', data: { actionId: 'a1', ownerId: 'clerk', dueOn: '2027-01-15', agreed: null } }).then([
      { type: 'ActionDueDateChanged', data: { actionId: 'a1', dueOn: '2027-01-15', previousDueOn: '2026-12-01' } },
      { type: 'ActionReassigned', data: { actionId: 'a1', ownerId: 'clerk', previousOwnerId: 'head' } },
    ]);
    spec.given([opened]).when({ type: 'ChangeAction', data: { actionId: 'a1', ownerId: 'head', dueOn: '2026-12-01', agreed: null } }).then([]);
  });

  it('keeps a done action as it was done', () =>
    spec.given([opened, done]).when({ type: 'ChangeAction', data: { actionId: 'a1', ownerId: 'clerk', agreed: null } }).thenThrows('action-done'));
});

describe('actions agreed at a visit', () => {
  const visit = {
    schoolId: 's1', governorId: 'gov', visitedOn: '2026-10-06', purpose: 'p', findings: 'f', policyIds: [],
    actions: ['Check the fire log', 'Brief staff on Prevent'], loggedBy: 'gov', onBehalf: false,
    followUp: { ownerId: 'head', dueOn: '2026-11-17' },
  };

  it('opens one action per line, owned and due as the visit recorded', () => {
    const actions = actionsAgreedAtVisit('ev1', 't1', visit);
    expect(actions.map((a) => [a.actionId, a.title, a.ownerId, a.dueOn])).toEqual([
      ['ev1_1', 'Check the fire log', 'head', '2026-11-17'],
      ['ev1_2', 'Brief staff on Prevent', 'head', '2026-11-17'],
    ]);
    expect(parseVisitActionId('ev1_2')).toEqual({ visitEventId: 'ev1', line: 2 });
    expect(actionSourceInWords(actions[0].source)).toBe('Link governor visit on 6 October 2026');
  });

  it('opens none for a visit logged before actions existed', () => {
    const { followUp: _f, ...old } = visit;
    expect(actionsAgreedAtVisit('ev1', 't1', old)).toEqual([]);
  });
});

describe('checkActionSource', () => {
  const evaluation = {
    type: 'PolicyEvaluated',
    schoolId: 's1',
    data: { schoolId: 's1', policyId: 'p1', evaluatedOn: '2026-09-30', effectivenessStatement: 'ok', checklist: [
      { point: 'Funding in place', answer: 'no', evidence: null },
      { point: 'Coordinator in place', answer: 'yes', evidence: null },
    ] },
  };

  it('follows up the point an evaluation answered "no"', () => {
    const checked = checkActionSource({ kind: 'evaluation', id: 'e1' }, evaluation, null);
    expect(checked.source).toEqual({ kind: 'evaluation', id: 'e1', on: '2026-09-30', point: 'Funding in place' });
    expect(checked.schoolId).toBe('s1');
    expect(actionSourceInWords(checked.source)).toBe('Policy evaluation on 30 September 2026: “Funding in place” answered no');
  });

  it('refuses a source that is not in the log, or is of another kind', () => {
    expect(() => checkActionSource({ kind: 'visit', id: 'nope' }, null, 's1')).toThrow(expect.objectContaining({ code: 'unknown-source' }));
    expect(() => checkActionSource({ kind: 'visit', id: 'e1' }, evaluation, 's1')).toThrow(expect.objectContaining({ code: 'unknown-source' }));
  });

  it('refuses a point the evaluation did not answer "no"', () => {
    expect(() => checkActionSource({ kind: 'evaluation', id: 'e1' }, evaluation, 's1', 'Coordinator in place')).toThrow(expect.objectContaining({ code: 'point-not-answered-no' }));
  });

  it('checks a meeting source: a meeting of the trust, of the action\'s school or of the board', () => {
    const lgb = { type: 'MeetingScheduled', schoolId: 's1', data: { date: '2026-11-18' } };
    const checked = checkActionSource({ kind: 'meeting', id: 'm1' }, lgb, null);
    expect(checked).toEqual({ source: { kind: 'meeting', id: 'm1', on: '2026-11-18', point: null }, schoolId: 's1', governorId: null });
    expect(actionSourceInWords(checked.source)).toBe('Meeting on 18 November 2026');
    const board = { type: 'MeetingScheduled', schoolId: null, data: { date: '2026-11-20' } };
    expect(checkActionSource({ kind: 'meeting', id: 'm2' }, board, 's2').schoolId).toBe('s2');
    expect(() => checkActionSource({ kind: 'meeting', id: 'm1' }, lgb, 's2')).toThrow(expect.objectContaining({ code: 'source-of-another-school' }));
    expect(() => checkActionSource({ kind: 'meeting', id: 'elsewhere' }, null, 's1')).toThrow(expect.objectContaining({ code: 'unknown-source' }));
    expect(() => checkActionSource({ kind: 'meeting', id: 'v1' }, evaluation, 's1')).toThrow(expect.objectContaining({ code: 'unknown-source' }));
  });
});
