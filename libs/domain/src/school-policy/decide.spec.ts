import { fold } from '../shared/decider';
import { InvalidValueError } from '../shared/domain-error';
import { PolicyFacts } from '../policy/policy-facts';
import { deciderSpec, testContext } from '../testing/decider-spec';
import { SchoolPolicyCommand } from './decide';
import { schoolPolicyDecider } from './decider';
import { EiaImpacts, protectedCharacteristics } from './eia';
import { SchoolPolicyEvent } from './events';

const spec = deciderSpec(schoolPolicyDecider);
const ids = { schoolId: 'sch-libra', policyId: 'pol-social' };

const schoolScope: PolicyFacts = {
  title: 'Parent and Community Use of Social Media',
  scope: 'school',
  reviewCycleMonths: 12,
  versions: [1, 2, 3],
  retired: false,
  eiaRequired: true,
};
const trustScope: PolicyFacts = {
  ...schoolScope,
  title: 'Internet and Social Networking',
  scope: 'trust',
};
const retiredPolicy: PolicyFacts = { ...schoolScope, retired: true };

const adopted = (version: number, adoptedOn: string): SchoolPolicyEvent => ({
  type: 'PolicyAdopted',
  data: { ...ids, version, adoptedOn, approvedBy: 'local-governing-body', localAmendments: null },
});
const reviewed = (reviewedOn: string, nextReviewDue: string | null = null): SchoolPolicyEvent => ({
  type: 'PolicyReviewed',
  data: { level: 'school', ...ids, reviewedOn, outcome: 'no-change', notes: null, nextReviewDue },
});

/** The Libra form: no negative impact, promotes equality, data have a positive impact. */
const libraImpacts = Object.fromEntries(
  protectedCharacteristics.map((c) => [
    c,
    { negativeImpact: 'no', promotesEquality: 'yes', dataPositive: 'yes' },
  ]),
) as EiaImpacts;

function failure(given: SchoolPolicyEvent[], command: SchoolPolicyCommand): unknown {
  try {
    schoolPolicyDecider.decide(command, fold(schoolPolicyDecider, given), testContext);
  } catch (error) {
    return error;
  }
  throw new Error('expected the command to fail');
}

describe('AdoptPolicy', () => {
  it('carries the meeting and minute reference on an adoption and a review taken in a meeting', () => {
    const meeting = { meetingId: 'm1', minuteRef: 'LGB/26/2' };
    spec
      .given([])
      .when({ type: 'AdoptPolicy', data: { ...ids, policy: schoolScope, version: 1, adoptedOn: '2026-03-03', approvedBy: 'local-governing-body', meeting } })
      .then([{ type: 'PolicyAdopted', data: { ...ids, version: 1, adoptedOn: '2026-03-03', approvedBy: 'local-governing-body', localAmendments: null, meetingId: 'm1', minuteRef: 'LGB/26/2' } }]);
    spec
      .given([adopted(1, '2026-03-03')])
      .when({ type: 'ReviewSchoolPolicy', data: { ...ids, policy: schoolScope, reviewedOn: '2026-10-01', outcome: 'no-change', meeting } })
      .then([{ type: 'PolicyReviewed', data: { level: 'school', ...ids, reviewedOn: '2026-10-01', outcome: 'no-change', notes: null, nextReviewDue: null, meetingId: 'm1', minuteRef: 'LGB/26/2' } }]);
  });

  it('adopts a version with the approving body and local amendments', () =>
    spec
      .given([])
      .when({
        type: 'AdoptPolicy',
        data: {
          ...ids,
          policy: schoolScope,
          version: 1,
          adoptedOn: '2026-03-03',
          approvedBy: 'local-governing-body',
          localAmendments: ' Names our e-Safety coordinator ',
        },
      })
      .then([
        {
          type: 'PolicyAdopted',
          data: {
            ...ids,
            version: 1,
            adoptedOn: '2026-03-03',
            approvedBy: 'local-governing-body',
            localAmendments: 'Names our e-Safety coordinator',
          },
        },
      ]));

  it('adopts a newer version later, and a trust-scope policy too (it is not in force at the school until adopted)', () =>
    spec
      .given([adopted(1, '2025-03-03')])
      .when({
        type: 'AdoptPolicy',
        data: { ...ids, policy: trustScope, version: 3, adoptedOn: '2026-11-24' },
      })
      .then([
        {
          type: 'PolicyAdopted',
          data: {
            ...ids,
            version: 3,
            adoptedOn: '2026-11-24',
            approvedBy: null,
            localAmendments: null,
          },
        },
      ]));

  it('refuses an unknown version', () =>
    spec
      .given([])
      .when({
        type: 'AdoptPolicy',
        data: { ...ids, policy: schoolScope, version: 4, adoptedOn: '2026-03-03' },
      })
      .thenThrows('unknown-version'));

  it('refuses a version when the trust has drafted none', () =>
    spec
      .given([])
      .when({
        type: 'AdoptPolicy',
        data: {
          ...ids,
          policy: { ...schoolScope, versions: [] },
          version: 1,
          adoptedOn: '2026-03-03',
        },
      })
      .thenThrows('unknown-version'));

  it('refuses to adopt the adopted version again', () =>
    spec
      .given([adopted(2, '2025-03-03')])
      .when({
        type: 'AdoptPolicy',
        data: { ...ids, policy: schoolScope, version: 2, adoptedOn: '2026-03-03' },
      })
      .thenThrows('version-already-adopted'));

  it('refuses to go back to an older version', () =>
    spec
      .given([adopted(1, '2024-03-03'), adopted(3, '2025-03-03')])
      .when({
        type: 'AdoptPolicy',
        data: { ...ids, policy: schoolScope, version: 2, adoptedOn: '2026-03-03' },
      })
      .thenThrows('older-version'));

  it('refuses an adoption dated after today', () =>
    spec
      .given([])
      .when({
        type: 'AdoptPolicy',
        data: { ...ids, policy: schoolScope, version: 1, adoptedOn: '2026-11-25' },
      })
      .thenThrows('date-in-future'));

  it('refuses to adopt a retired policy', () =>
    spec
      .given([])
      .when({
        type: 'AdoptPolicy',
        data: { ...ids, policy: retiredPolicy, version: 1, adoptedOn: '2026-03-03' },
      })
      .thenThrows('policy-retired'));

  it('refuses an adoption dated before 1990', () =>
    spec
      .given([])
      .when({ type: 'AdoptPolicy', data: { ...ids, policy: schoolScope, version: 1, adoptedOn: '1900-01-01' } })
      .thenRefusesInput('adoptedOn', 'adoptedOn must be 1990-01-01 or later; 1900-01-01 is too early to be a governance record.'));

  it('refuses an unknown approving body and a non-existent date as 400s', () => {
    const body = failure([], {
      type: 'AdoptPolicy',
      data: {
        ...ids,
        policy: schoolScope,
        version: 1,
        adoptedOn: '2026-03-03',
        approvedBy: 'FGB' as never,
      },
    });
    expect((body as InvalidValueError).field).toBe('approvedBy');
    const date = failure([], {
      type: 'AdoptPolicy',
      data: { ...ids, policy: schoolScope, version: 1, adoptedOn: '2026-02-30' },
    });
    expect(date).toBeInstanceOf(InvalidValueError);
    expect((date as InvalidValueError).field).toBe('adoptedOn');
  });
});

describe('ReviewSchoolPolicy', () => {
  it('records a review with the next review due as a term, as schools write it', () =>
    spec
      .given([adopted(1, '2024-03-03')])
      .when({
        type: 'ReviewSchoolPolicy',
        data: {
          ...ids,
          policy: schoolScope,
          reviewedOn: '2026-03-01',
          outcome: 'amended',
          notes: 'TikTok added',
          nextReviewDue: 'Spring 2027',
        },
      })
      .then([
        {
          type: 'PolicyReviewed',
          data: {
            level: 'school',
            ...ids,
            reviewedOn: '2026-03-01',
            outcome: 'amended',
            notes: 'TikTok added',
            nextReviewDue: '2027-spring',
          },
        },
      ]));

  it('records a review with the next review due as a date, or none (one cycle on)', () => {
    spec
      .given([adopted(1, '2024-03-03')])
      .when({
        type: 'ReviewSchoolPolicy',
        data: {
          ...ids,
          policy: schoolScope,
          reviewedOn: '2026-03-01',
          outcome: 'no-change',
          nextReviewDue: '2027-03-01',
        },
      })
      .then([reviewed('2026-03-01', '2027-03-01')]);
    spec
      .given([adopted(1, '2024-03-03'), reviewed('2025-03-01')])
      .when({
        type: 'ReviewSchoolPolicy',
        data: { ...ids, policy: schoolScope, reviewedOn: '2026-03-01', outcome: 'no-change' },
      })
      .then([reviewed('2026-03-01')]);
  });

  it('refuses a review of a policy the school has not adopted', () =>
    spec
      .given([])
      .when({
        type: 'ReviewSchoolPolicy',
        data: { ...ids, policy: schoolScope, reviewedOn: '2026-03-01', outcome: 'no-change' },
      })
      .thenThrows('policy-not-adopted'));

  it('refuses a school review of a trust-scope policy (the trust reviews it)', () =>
    spec
      .given([adopted(1, '2024-03-03')])
      .when({
        type: 'ReviewSchoolPolicy',
        data: { ...ids, policy: trustScope, reviewedOn: '2026-03-01', outcome: 'no-change' },
      })
      .thenThrows('trust-scope-policy'));

  it('refuses a review dated before the school adopted the policy', () =>
    spec
      .given([adopted(1, '2024-03-03'), adopted(2, '2025-09-01')])
      .when({
        type: 'ReviewSchoolPolicy',
        data: { ...ids, policy: schoolScope, reviewedOn: '2024-03-02', outcome: 'no-change' },
      })
      .thenThrows('review-before-adoption'));

  it('refuses a review dated after today', () =>
    spec
      .given([adopted(1, '2024-03-03')])
      .when({
        type: 'ReviewSchoolPolicy',
        data: { ...ids, policy: schoolScope, reviewedOn: '2026-12-01', outcome: 'no-change' },
      })
      .thenThrows('date-in-future'));

  it('refuses a next review that is not after the review', () =>
    spec
      .given([adopted(1, '2024-03-03')])
      .when({
        type: 'ReviewSchoolPolicy',
        data: {
          ...ids,
          policy: schoolScope,
          reviewedOn: '2026-03-01',
          outcome: 'no-change',
          nextReviewDue: '2026-03-01',
        },
      })
      .thenThrows('next-review-not-after-review'));

  it('refuses a review of a retired policy', () =>
    spec
      .given([adopted(1, '2024-03-03')])
      .when({
        type: 'ReviewSchoolPolicy',
        data: { ...ids, policy: retiredPolicy, reviewedOn: '2026-03-01', outcome: 'no-change' },
      })
      .thenThrows('policy-retired'));

  it('refuses a due date nobody can read as a 400', () => {
    const error = failure([adopted(1, '2024-03-03')], {
      type: 'ReviewSchoolPolicy',
      data: {
        ...ids,
        policy: schoolScope,
        reviewedOn: '2026-03-01',
        outcome: 'no-change',
        nextReviewDue: 'Winter 2027',
      },
    });
    expect((error as InvalidValueError).field).toBe('nextReviewDue');
  });
});

describe('CompleteEIA', () => {
  const libraEia = {
    completedOn: '2026-03-03',
    impacts: libraImpacts,
    fullAssessmentRequired: false,
    conclusion:
      'After undertaking an initial equality impact assessment a full assessment is not required.',
    approvedBy: 'person-nominated-governor',
    approvedOn: '2026-03-03',
  };

  it('refuses an EIA approved before 1990', () =>
    spec
      .given([adopted(1, '2024-03-03')])
      .when({ type: 'CompleteEIA', data: { ...ids, policy: schoolScope, ...libraEia, approvedOn: '1989-12-31' } })
      .thenRefusesInput('approvedOn', 'approvedOn must be 1990-01-01 or later; 1989-12-31 is too early to be a governance record.'));

  it('records the initial EIA of the Libra form for an adopted version, completed before or after its adoption', () =>
    spec
      .given([adopted(1, '2024-03-03'), adopted(2, '2026-04-01')])
      .when({
        type: 'CompleteEIA',
        data: {
          ...ids,
          policy: schoolScope,
          ...libraEia,
          version: 2,
          affects: ['pupils', 'staff', 'parents-carers'],
        },
      })
      .then([
        {
          type: 'EIACompleted',
          data: { ...ids, ...libraEia, version: 2, affects: ['pupils', 'staff', 'parents-carers'] },
        },
      ]));

  it('records an EIA that calls for a full assessment, not yet approved, for the version adopted when it was completed', () =>
    spec
      .given([adopted(1, '2024-03-03')])
      .when({
        type: 'CompleteEIA',
        data: {
          ...ids,
          policy: schoolScope,
          completedOn: '2026-11-01',
          impacts: {
            ...libraImpacts,
            disability: {
              negativeImpact: 'not-sure',
              promotesEquality: 'no',
              dataPositive: 'not-sure',
            },
          },
          fullAssessmentRequired: true,
          conclusion:
            'Access to the website for pupils with visual impairment needs a full assessment.',
        },
      })
      .then([
        {
          type: 'EIACompleted',
          data: {
            ...ids,
            version: 1,
            completedOn: '2026-11-01',
            impacts: {
              ...libraImpacts,
              disability: {
                negativeImpact: 'not-sure',
                promotesEquality: 'no',
                dataPositive: 'not-sure',
              },
            },
            fullAssessmentRequired: true,
            conclusion:
              'Access to the website for pupils with visual impairment needs a full assessment.',
            approvedBy: null,
            approvedOn: null,
            affects: [],
          },
        },
      ]));

  it('refuses an EIA approved before it was completed', () =>
    spec
      .given([adopted(1, '2024-03-03')])
      .when({
        type: 'CompleteEIA',
        data: { ...ids, policy: schoolScope, ...libraEia, approvedOn: '2026-03-02' },
      })
      .thenThrows('approved-before-completed'));

  it('refuses an EIA completed or approved after today', () => {
    spec
      .given([adopted(1, '2024-03-03')])
      .when({
        type: 'CompleteEIA',
        data: {
          ...ids,
          policy: schoolScope,
          ...libraEia,
          completedOn: '2026-12-01',
          approvedOn: null,
        },
      })
      .thenThrows('date-in-future');
    spec
      .given([adopted(1, '2024-03-03')])
      .when({
        type: 'CompleteEIA',
        data: { ...ids, policy: schoolScope, ...libraEia, approvedOn: '2026-12-01' },
      })
      .thenThrows('date-in-future');
  });

  it('given versions 1 and 2 adopted, when an EIA names none, then it is for the version adopted on its completion date', () => {
    const given = [adopted(1, '2024-03-03'), adopted(2, '2026-09-01')];
    const versionOf = (completedOn: string) =>
      (schoolPolicyDecider.decide(
        { type: 'CompleteEIA', data: { ...ids, policy: schoolScope, ...libraEia, completedOn, approvedOn: null } },
        fold(schoolPolicyDecider, given),
        testContext,
      )[0].data as { version: number | null }).version;
    expect(versionOf('2026-08-31')).toBe(1);
    expect(versionOf('2026-09-01')).toBe(2);
  });

  it('refuses an EIA for a version the school never adopted, naming the adopted ones', () => {
    const error = failure([adopted(1, '2024-03-03')], {
      type: 'CompleteEIA',
      data: { ...ids, policy: schoolScope, ...libraEia, version: 2 },
    });
    expect(error).toMatchObject({
      code: 'version-not-adopted',
      message: expect.stringContaining('never adopted version 2') as unknown,
    });
    expect((error as Error).message).toContain('adopted: version 1');
  });

  it('refuses an EIA before the school adopted the policy', () =>
    spec
      .given([])
      .when({ type: 'CompleteEIA', data: { ...ids, policy: schoolScope, ...libraEia } })
      .thenThrows('policy-not-adopted'));

  it('refuses an EIA of an unknown version or a retired policy', () => {
    spec
      .given([adopted(1, '2024-03-03')])
      .when({ type: 'CompleteEIA', data: { ...ids, policy: schoolScope, ...libraEia, version: 7 } })
      .thenThrows('unknown-version');
    spec
      .given([adopted(1, '2024-03-03')])
      .when({ type: 'CompleteEIA', data: { ...ids, policy: retiredPolicy, ...libraEia } })
      .thenThrows('policy-retired');
  });

  it('refuses an EIA missing a characteristic, an answer or the conclusion as 400s naming the field', () => {
    const withoutRace = { ...libraImpacts } as Partial<EiaImpacts>;
    delete withoutRace.race;
    const missing = failure([adopted(1, '2024-03-03')], {
      type: 'CompleteEIA',
      data: { ...ids, policy: schoolScope, ...libraEia, impacts: withoutRace as EiaImpacts },
    });
    expect((missing as InvalidValueError).field).toBe('impacts.race');
    const noConclusion = failure([adopted(1, '2024-03-03')], {
      type: 'CompleteEIA',
      data: { ...ids, policy: schoolScope, ...libraEia, conclusion: ' ' },
    });
    expect((noConclusion as InvalidValueError).field).toBe('conclusion');
    const noFlag = failure([adopted(1, '2024-03-03')], {
      type: 'CompleteEIA',
      data: {
        ...ids,
        policy: schoolScope,
        ...libraEia,
        fullAssessmentRequired: undefined as never,
      },
    });
    expect((noFlag as InvalidValueError).field).toBe('fullAssessmentRequired');
    const audience = failure([adopted(1, '2024-03-03')], {
      type: 'CompleteEIA',
      data: { ...ids, policy: schoolScope, ...libraEia, affects: ['pupils', 'aliens' as never] },
    });
    expect((audience as InvalidValueError).field).toBe('affects[1]');
  });
});

describe('EvaluatePolicy', () => {
  const checklist = [
    {
      point: 'Policy annually reviewed',
      answer: 'yes' as const,
      evidence: 'Minutes of the LGB, March',
    },
    { point: 'Local community aware of this policy', answer: 'n/a' as const },
    {
      point: 'School Council involved with policy development',
      answer: 'no' as const,
      evidence: '',
    },
  ];

  it('records the evaluation checklist and the statement of effectiveness', () =>
    spec
      .given([adopted(1, '2024-03-03')])
      .when({
        type: 'EvaluatePolicy',
        data: {
          ...ids,
          policy: schoolScope,
          evaluatedOn: '2026-11-20',
          checklist,
          effectivenessStatement: 'It is effective and suitable for purpose',
        },
      })
      .then([
        {
          type: 'PolicyEvaluated',
          data: {
            ...ids,
            evaluatedOn: '2026-11-20',
            checklist: [
              {
                point: 'Policy annually reviewed',
                answer: 'yes',
                evidence: 'Minutes of the LGB, March',
              },
              { point: 'Local community aware of this policy', answer: 'n/a', evidence: null },
              {
                point: 'School Council involved with policy development',
                answer: 'no',
                evidence: null,
              },
            ],
            effectivenessStatement: 'It is effective and suitable for purpose',
          },
        },
      ]));

  it('refuses to evaluate a policy the school has not adopted', () =>
    spec
      .given([])
      .when({
        type: 'EvaluatePolicy',
        data: {
          ...ids,
          policy: schoolScope,
          evaluatedOn: '2026-11-20',
          checklist,
          effectivenessStatement: 'Effective',
        },
      })
      .thenThrows('policy-not-adopted'));

  it('refuses an evaluation dated after today', () =>
    spec
      .given([adopted(1, '2024-03-03')])
      .when({
        type: 'EvaluatePolicy',
        data: {
          ...ids,
          policy: schoolScope,
          evaluatedOn: '2026-11-30',
          checklist,
          effectivenessStatement: 'Effective',
        },
      })
      .thenThrows('date-in-future'));

  it('refuses an evaluation of a retired policy', () =>
    spec
      .given([adopted(1, '2024-03-03')])
      .when({
        type: 'EvaluatePolicy',
        data: {
          ...ids,
          policy: retiredPolicy,
          evaluatedOn: '2026-11-20',
          checklist,
          effectivenessStatement: 'Effective',
        },
      })
      .thenThrows('policy-retired'));

  it('refuses an empty checklist or an answer outside yes, no, n/a as 400s', () => {
    const empty = failure([adopted(1, '2024-03-03')], {
      type: 'EvaluatePolicy',
      data: {
        ...ids,
        policy: schoolScope,
        evaluatedOn: '2026-11-20',
        checklist: [],
        effectivenessStatement: 'Effective',
      },
    });
    expect((empty as InvalidValueError).field).toBe('checklist');
    const answer = failure([adopted(1, '2024-03-03')], {
      type: 'EvaluatePolicy',
      data: {
        ...ids,
        policy: schoolScope,
        evaluatedOn: '2026-11-20',
        checklist: [{ point: 'Funding in place', answer: 'maybe' as never }],
        effectivenessStatement: 'Effective',
      },
    });
    expect((answer as InvalidValueError).field).toBe('checklist[0].answer');
  });
});

describe('MarkReviewDue', () => {
  const due = (dueOn: string, asOf: string): SchoolPolicyEvent => ({
    type: 'ReviewDue',
    data: { ...ids, dueOn, asOf },
  });

  it('marks a review as due', () =>
    spec
      .given([adopted(1, '2026-03-03')])
      .when({
        type: 'MarkReviewDue',
        data: { ...ids, policy: schoolScope, dueOn: '2027-03-03', asOf: '2026-11-24' },
      })
      .then([due('2027-03-03', '2026-11-24')]));

  it('marks each review cycle once: the same due date again yields no events', () =>
    spec
      .given([adopted(1, '2026-03-03'), due('2027-03-03', '2026-11-01')])
      .when({
        type: 'MarkReviewDue',
        data: { ...ids, policy: schoolScope, dueOn: '2027-03-03', asOf: '2026-11-24' },
      })
      .then([]));

  it('marks the next cycle again after a review moved the due date', () =>
    spec
      .given([
        adopted(1, '2025-03-03'),
        due('2026-03-03', '2025-11-01'),
        reviewed('2026-02-20', '2026-12-18'),
      ])
      .when({
        type: 'MarkReviewDue',
        data: { ...ids, policy: schoolScope, dueOn: '2026-12-18', asOf: '2026-11-24' },
      })
      .then([due('2026-12-18', '2026-11-24')]));

  it('refuses to mark a policy the school has not adopted', () =>
    spec
      .given([])
      .when({
        type: 'MarkReviewDue',
        data: { ...ids, policy: schoolScope, dueOn: '2027-03-03', asOf: '2026-11-24' },
      })
      .thenThrows('policy-not-adopted'));

  it('refuses an as-of date after today', () =>
    spec
      .given([adopted(1, '2026-03-03')])
      .when({
        type: 'MarkReviewDue',
        data: { ...ids, policy: schoolScope, dueOn: '2027-03-03', asOf: '2026-11-25' },
      })
      .thenThrows('date-in-future'));

  it('refuses to mark a retired policy', () =>
    spec
      .given([adopted(1, '2026-03-03')])
      .when({
        type: 'MarkReviewDue',
        data: { ...ids, policy: retiredPolicy, dueOn: '2027-03-03', asOf: '2026-11-24' },
      })
      .thenThrows('policy-retired'));
});

describe('MarkReviewOverdue', () => {
  const overdue = (dueOn: string, asOf: string): SchoolPolicyEvent => ({
    type: 'ReviewOverdue',
    data: { ...ids, dueOn, asOf },
  });

  it('marks a review as overdue the day after it was due', () =>
    spec
      .given([adopted(1, '2025-03-03')])
      .when({
        type: 'MarkReviewOverdue',
        data: { ...ids, policy: schoolScope, dueOn: '2026-11-23', asOf: '2026-11-24' },
      })
      .then([overdue('2026-11-23', '2026-11-24')]));

  it('marks each review cycle once: the same due date again yields no events', () =>
    spec
      .given([adopted(1, '2025-03-03'), overdue('2026-03-03', '2026-03-04')])
      .when({
        type: 'MarkReviewOverdue',
        data: { ...ids, policy: schoolScope, dueOn: '2026-03-03', asOf: '2026-11-24' },
      })
      .then([]));

  it('refuses to mark a review overdue on its due date', () =>
    spec
      .given([adopted(1, '2025-03-03')])
      .when({
        type: 'MarkReviewOverdue',
        data: { ...ids, policy: schoolScope, dueOn: '2026-11-24', asOf: '2026-11-24' },
      })
      .thenThrows('review-not-overdue'));

  it('refuses to mark a policy the school has not adopted', () =>
    spec
      .given([])
      .when({
        type: 'MarkReviewOverdue',
        data: { ...ids, policy: schoolScope, dueOn: '2026-03-03', asOf: '2026-11-24' },
      })
      .thenThrows('policy-not-adopted'));

  it('refuses an as-of date after today, and a retired policy', () => {
    spec
      .given([adopted(1, '2025-03-03')])
      .when({
        type: 'MarkReviewOverdue',
        data: { ...ids, policy: schoolScope, dueOn: '2026-03-03', asOf: '2026-12-24' },
      })
      .thenThrows('date-in-future');
    spec
      .given([adopted(1, '2025-03-03')])
      .when({
        type: 'MarkReviewOverdue',
        data: { ...ids, policy: retiredPolicy, dueOn: '2026-03-03', asOf: '2026-11-24' },
      })
      .thenThrows('policy-retired');
  });
});

describe('school policy state', () => {
  it('folds adoptions, reviews, EIAs, evaluations and reminders', () => {
    const state = fold(schoolPolicyDecider, [
      adopted(1, '2024-03-03'),
      adopted(2, '2025-03-03'),
      reviewed('2026-03-01', '2027-spring'),
      { type: 'ReviewDue', data: { ...ids, dueOn: '2027-03-31', asOf: '2026-11-24' } },
    ]);
    expect(state).toEqual({
      adoptions: [
        { version: 1, adoptedOn: '2024-03-03' },
        { version: 2, adoptedOn: '2025-03-03' },
      ],
      reviews: [{ reviewedOn: '2026-03-01', nextReviewDue: '2027-spring' }],
      eias: [],
      evaluations: [],
      markedDue: ['2027-03-31'],
      markedOverdue: [],
      ownerId: null,
    });
  });
});

describe('school policy events', () => {
  it('are plain JSON: storing and reading them back changes nothing', () => {
    const history = [adopted(1, '2025-03-03')];
    const commands: SchoolPolicyCommand[] = [
      {
        type: 'AdoptPolicy',
        data: { ...ids, policy: schoolScope, version: 2, adoptedOn: '2026-03-03' },
      },
      {
        type: 'ReviewSchoolPolicy',
        data: { ...ids, policy: schoolScope, reviewedOn: '2026-03-04', outcome: 'no-change' },
      },
      {
        type: 'CompleteEIA',
        data: {
          ...ids,
          policy: schoolScope,
          completedOn: '2026-03-03',
          impacts: libraImpacts,
          fullAssessmentRequired: false,
          conclusion: 'Fine',
        },
      },
      {
        type: 'EvaluatePolicy',
        data: {
          ...ids,
          policy: schoolScope,
          evaluatedOn: '2026-03-03',
          checklist: [{ point: 'Funding in place', answer: 'yes' }],
          effectivenessStatement: 'Effective',
        },
      },
      {
        type: 'MarkReviewDue',
        data: { ...ids, policy: schoolScope, dueOn: '2027-03-03', asOf: '2026-11-24' },
      },
      {
        type: 'MarkReviewOverdue',
        data: { ...ids, policy: schoolScope, dueOn: '2026-03-03', asOf: '2026-11-24' },
      },
    ];
    for (const command of commands) {
      const events = schoolPolicyDecider.decide(
        command,
        fold(schoolPolicyDecider, history),
        testContext,
      );
      expect(events).toHaveLength(1);
      expect(JSON.parse(JSON.stringify(events))).toStrictEqual(events);
    }
  });
});
