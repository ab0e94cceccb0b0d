import { fold } from '../shared/decider';
import { InvalidValueError } from '../shared/domain-error';
import { deciderSpec, testContext } from '../testing/decider-spec';
import { LinkGovernanceCommand } from './decide';
import { linkGovernanceDecider } from './decider';
import { LinkGovernanceEvent } from './events';

/** testContext: today 2026-11-24 (Autumn 2026), actor person-tester. */
const spec = deciderSpec(linkGovernanceDecider);
const schoolId = 'sch-ravens';
const governor = 'person-governor';

const assigned = (
  personId: string,
  area: string,
  policyIds: string[] = [],
): LinkGovernanceEvent => ({
  type: 'LinkGovernorAssigned',
  data: { schoolId, personId, area, policyIds, assignedOn: '2026-09-10' },
});
const unassigned = (personId: string, area: string): LinkGovernanceEvent => ({
  type: 'LinkGovernorUnassigned',
  data: { schoolId, personId, area, unassignedOn: '2026-10-01' },
});

function failure(given: LinkGovernanceEvent[], command: LinkGovernanceCommand): unknown {
  try {
    linkGovernanceDecider.decide(command, fold(linkGovernanceDecider, given), testContext);
  } catch (error) {
    return error;
  }
  throw new Error('expected the command to fail');
}

describe('AssignLinkGovernor', () => {
  it('assigns a link governor to an area and its policies, as of today', () =>
    spec
      .given([])
      .when({
        type: 'AssignLinkGovernor',
        data: {
          schoolId,
          personId: governor,
          area: 'Safeguarding',
          policyIds: ['pol-cp', 'pol-online'],
        },
      })
      .then([
        {
          type: 'LinkGovernorAssigned',
          data: {
            schoolId,
            personId: governor,
            area: 'Safeguarding',
            policyIds: ['pol-cp', 'pol-online'],
            assignedOn: '2026-11-24',
          },
        },
      ]));

  it('changes nothing when the same assignment is made again (any case, any order of policies)', () =>
    spec
      .given([assigned(governor, 'SEND', ['pol-send', 'pol-access'])])
      .when({
        type: 'AssignLinkGovernor',
        data: {
          schoolId,
          personId: governor,
          area: ' send ',
          policyIds: ['pol-access', 'pol-send'],
        },
      })
      .then([]));

  it('re-assigns the area with a new list of policies', () =>
    spec
      .given([assigned(governor, 'SEND', ['pol-send'])])
      .when({
        type: 'AssignLinkGovernor',
        data: {
          schoolId,
          personId: governor,
          area: 'SEND',
          policyIds: ['pol-send', 'pol-access'],
          assignedOn: '2026-11-01',
        },
      })
      .then([
        {
          type: 'LinkGovernorAssigned',
          data: {
            schoolId,
            personId: governor,
            area: 'SEND',
            policyIds: ['pol-send', 'pol-access'],
            assignedOn: '2026-11-01',
          },
        },
      ]));

  it('refuses an assignment dated after today', () =>
    spec
      .given([])
      .when({
        type: 'AssignLinkGovernor',
        data: { schoolId, personId: governor, area: 'SEND', assignedOn: '2027-01-01' },
      })
      .thenThrows('date-in-future'));

  it('refuses an assignment without an area as a 400', () => {
    const error = failure([], {
      type: 'AssignLinkGovernor',
      data: { schoolId, personId: governor, area: '' },
    });
    expect((error as InvalidValueError).field).toBe('area');
  });
});

describe('UnassignLinkGovernor', () => {
  it('ends one area', () =>
    spec
      .given([assigned(governor, 'Safeguarding'), assigned(governor, 'SEND')])
      .when({
        type: 'UnassignLinkGovernor',
        data: { schoolId, personId: governor, area: 'send', unassignedOn: '2026-10-01' },
      })
      .then([unassigned(governor, 'SEND')]));

  it('ends every area of the person when no area is given', () =>
    spec
      .given([
        assigned(governor, 'Safeguarding'),
        assigned('person-other', 'Safeguarding'),
        assigned(governor, 'SEND'),
      ])
      .when({ type: 'UnassignLinkGovernor', data: { schoolId, personId: governor } })
      .then([
        {
          type: 'LinkGovernorUnassigned',
          data: { schoolId, personId: governor, area: 'Safeguarding', unassignedOn: '2026-11-24' },
        },
        {
          type: 'LinkGovernorUnassigned',
          data: { schoolId, personId: governor, area: 'SEND', unassignedOn: '2026-11-24' },
        },
      ]));

  it('refuses to unassign someone who is not a link governor (any more)', () => {
    spec
      .given([assigned(governor, 'SEND'), unassigned(governor, 'SEND')])
      .when({ type: 'UnassignLinkGovernor', data: { schoolId, personId: governor } })
      .thenThrows('not-link-governor');
    spec
      .given([assigned(governor, 'SEND')])
      .when({
        type: 'UnassignLinkGovernor',
        data: { schoolId, personId: governor, area: 'Safeguarding' },
      })
      .thenThrows('not-link-governor');
  });

  it('refuses an unassignment dated after today', () =>
    spec
      .given([assigned(governor, 'SEND')])
      .when({
        type: 'UnassignLinkGovernor',
        data: { schoolId, personId: governor, unassignedOn: '2026-12-01' },
      })
      .thenThrows('date-in-future'));
});

describe('LogVisit', () => {
  const visit = {
    schoolId,
    governorId: governor,
    visitedOn: '2026-11-18',
    purpose: 'Termly meeting with the DSL',
    findings: 'Single central record complete; two staff due KCSIE refresher.',
    policyIds: ['pol-cp'],
    actions: ['Book refresher training', 'Share filtering report with LGB'],
  };

  it('logs a visit by the link governor themselves', () =>
    spec
      .given([assigned(governor, 'Safeguarding', ['pol-cp'])])
      .when({ type: 'LogVisit', data: visit }, { actorId: governor })
      .then([
        {
          type: 'LinkGovernorVisitLogged',
          // No owner named: the governor follows up their own actions, six weeks after the visit.
          data: { ...visit, loggedBy: governor, onBehalf: false, followUp: { ownerId: governor, dueOn: '2026-12-30' } },
        },
      ]));

  it('records who follows up the actions agreed, and by when', () =>
    spec
      .given([assigned(governor, 'Safeguarding', ['pol-cp'])])
      .when({ type: 'LogVisit', data: { ...visit, actionsOwnerId: 'person-head' } }, { actorId: governor })
      .then([
        {
          type: 'LinkGovernorVisitLogged',
          data: { ...visit, loggedBy: governor, onBehalf: false, followUp: { ownerId: 'person-head', dueOn: '2026-12-30' } },
        },
      ]));

  it('logs a visit recorded by a trust admin on behalf of the assigned governor', () =>
    spec
      .given([assigned(governor, 'Safeguarding', ['pol-cp'])])
      .when(
        { type: 'LogVisit', data: { ...visit, policyIds: undefined, actions: undefined } },
        { actorId: 'person-trust-admin' },
      )
      .then([
        {
          type: 'LinkGovernorVisitLogged',
          data: {
            ...visit,
            policyIds: [],
            actions: [],
            loggedBy: 'person-trust-admin',
            onBehalf: true,
          },
        },
      ]));

  it('refuses a visit by someone who is not a link governor of the school', () =>
    spec
      .given([assigned('person-other', 'Safeguarding')])
      .when({ type: 'LogVisit', data: visit }, { actorId: governor })
      .thenThrows('not-link-governor'));

  it('refuses a visit by a governor who has been unassigned, even when a trust admin records it', () =>
    spec
      .given([assigned(governor, 'Safeguarding'), unassigned(governor, 'Safeguarding')])
      .when({ type: 'LogVisit', data: visit }, { actorId: 'person-trust-admin' })
      .thenThrows('not-link-governor'));

  it('refuses a visit dated after today', () =>
    spec
      .given([assigned(governor, 'Safeguarding')])
      .when(
        { type: 'LogVisit', data: { ...visit, visitedOn: '2026-11-25' } },
        { actorId: governor },
      )
      .thenThrows('date-in-future'));

  it('refuses a visit dated before 1990 (1900-01-01 is a form default, not a visit)', () =>
    spec
      .given([assigned(governor, 'Safeguarding')])
      .when({ type: 'LogVisit', data: { ...visit, visitedOn: '1900-01-01' } }, { actorId: governor })
      .thenRefusesInput('visitedOn', 'visitedOn must be 1990-01-01 or later; 1900-01-01 is too early to be a governance record.'));

  it('logs a visit on 1990-01-01, the earliest date a record may carry', () =>
    spec
      .given([assigned(governor, 'Safeguarding', ['pol-cp'])])
      .when({ type: 'LogVisit', data: { ...visit, visitedOn: '1990-01-01' } }, { actorId: governor })
      .then([{ type: 'LinkGovernorVisitLogged', data: { ...visit, visitedOn: '1990-01-01', loggedBy: governor, onBehalf: false, followUp: { ownerId: governor, dueOn: '1990-02-12' } } }]));

  it('refuses an assignment dated before 1990', () =>
    spec
      .given([])
      .when({ type: 'AssignLinkGovernor', data: { schoolId, personId: governor, area: 'Safeguarding', assignedOn: '1989-12-31' } })
      .thenRefusesInput('assignedOn', 'assignedOn must be 1990-01-01 or later; 1989-12-31 is too early to be a governance record.'));

  it('refuses a visit without findings, or on a date that does not exist, as 400s', () => {
    const findings = failure([assigned(governor, 'Safeguarding')], {
      type: 'LogVisit',
      data: { ...visit, findings: ' ' },
    });
    expect((findings as InvalidValueError).field).toBe('findings');
    const date = failure([assigned(governor, 'Safeguarding')], {
      type: 'LogVisit',
      data: { ...visit, visitedOn: '2026-11-31' },
    });
    expect((date as InvalidValueError).field).toBe('visitedOn');
  });
});

describe('ReportAsLinkGovernor', () => {
  const reportData = {
    schoolId,
    governorId: governor,
    term: 'Autumn 2 2026',
    summary: 'Safeguarding culture is strong.',
    policyIds: ['pol-cp'],
    recommendations: 'Add online safety to the spring agenda.',
  };

  it('records a report for the current term, the term written as schools write it', () =>
    spec
      .given([assigned(governor, 'Safeguarding')])
      .when({ type: 'ReportAsLinkGovernor', data: reportData }, { actorId: governor })
      .then([
        {
          type: 'LinkGovernorReported',
          data: { ...reportData, term: '2026-autumn', reportedBy: governor, onBehalf: false },
        },
      ]));

  it('records a report for next term, and one for a past term made by a trust admin', () => {
    spec
      .given([assigned(governor, 'Safeguarding')])
      .when(
        {
          type: 'ReportAsLinkGovernor',
          data: { ...reportData, term: '2027-spring', recommendations: undefined },
        },
        { actorId: governor },
      )
      .then([
        {
          type: 'LinkGovernorReported',
          data: {
            ...reportData,
            term: '2027-spring',
            recommendations: null,
            reportedBy: governor,
            onBehalf: false,
          },
        },
      ]);
    spec
      .given([assigned(governor, 'Safeguarding')])
      .when(
        { type: 'ReportAsLinkGovernor', data: { ...reportData, term: 'Summer 2026' } },
        { actorId: 'person-admin' },
      )
      .then([
        {
          type: 'LinkGovernorReported',
          data: { ...reportData, term: '2026-summer', reportedBy: 'person-admin', onBehalf: true },
        },
      ]);
  });

  it('refuses a report for a term beyond the next one', () =>
    spec
      .given([assigned(governor, 'Safeguarding')])
      .when(
        { type: 'ReportAsLinkGovernor', data: { ...reportData, term: 'Summer 2027' } },
        { actorId: governor },
      )
      .thenThrows('term-too-far-ahead'));

  it('refuses a report by someone who is not a link governor of the school', () =>
    spec
      .given([])
      .when({ type: 'ReportAsLinkGovernor', data: reportData }, { actorId: governor })
      .thenThrows('not-link-governor'));

  it('refuses a term nobody can read as a 400', () => {
    const error = failure([assigned(governor, 'Safeguarding')], {
      type: 'ReportAsLinkGovernor',
      data: { ...reportData, term: 'Michaelmas 2026' },
    });
    expect(error).toBeInstanceOf(InvalidValueError);
    expect((error as InvalidValueError).field).toBe('term');
  });
});

describe('link governance state', () => {
  it('keeps one assignment per person and area, and counts visits and reports', () => {
    const state = fold(linkGovernanceDecider, [
      assigned(governor, 'SEND', ['a']),
      assigned(governor, 'send', ['a', 'b']),
      assigned('person-other', 'SEND'),
      unassigned('person-other', 'SEND'),
    ]);
    expect(state).toEqual({
      assignments: [{ personId: governor, area: 'send', policyIds: ['a', 'b'] }],
      visits: 0,
      reports: 0,
    });
  });
});

describe('link governance events', () => {
  it('are plain JSON: storing and reading them back changes nothing', () => {
    const history = [assigned(governor, 'SEND')];
    const commands: LinkGovernanceCommand[] = [
      {
        type: 'AssignLinkGovernor',
        data: { schoolId, personId: 'person-new', area: 'Safeguarding' },
      },
      { type: 'UnassignLinkGovernor', data: { schoolId, personId: governor } },
      {
        type: 'LogVisit',
        data: {
          schoolId,
          governorId: governor,
          visitedOn: '2026-11-01',
          purpose: 'p',
          findings: 'f',
        },
      },
      {
        type: 'ReportAsLinkGovernor',
        data: { schoolId, governorId: governor, term: '2026-autumn', summary: 's' },
      },
    ];
    for (const command of commands) {
      const events = linkGovernanceDecider.decide(
        command,
        fold(linkGovernanceDecider, history),
        testContext,
      );
      expect(events).toHaveLength(1);
      expect(JSON.parse(JSON.stringify(events))).toStrictEqual(events);
    }
  });
});
