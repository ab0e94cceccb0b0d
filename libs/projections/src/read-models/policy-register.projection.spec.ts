import Database from 'better-sqlite3';
import type {
  EntryWithdrawn,
  EIACompleted,
  PolicyAdopted,
  PolicyApproved,
  PolicyEvaluated,
  PolicyOwnerAssigned,
  PolicyRegistered,
  PolicyRegisteredData,
  PolicyRetired,
  PolicyReviewed,
  PolicyVersionDrafted,
} from '@governance/domain';
import { ALL_PHASES, DueDate, EiaImpacts, protectedCharacteristics } from '@governance/domain';
import { PolicyRegisterQuery, RegisterRow } from '../queries/policy-register.query';
import { applyAndRollBack, GivenEvent, inStream, projectionSpec, recordedAtPosition, rowsOf, withFreshReadModel } from '../testing/projection-spec';
import { policyRegisterProjection } from './policy-register.projection';

const registered = (policyId: string, data: Partial<PolicyRegisteredData> = {}): GivenEvent => {
  const event: PolicyRegistered = {
    type: 'PolicyRegistered',
    data: {
      policyId,
      trustId: 't1',
      title: `Policy ${policyId}`,
      scope: 'school',
      reviewCycleMonths: 12,
      approver: 'local-governing-body',
      statutory: true,
      eiaRequired: false,
      category: null,
      legislation: [],
      linkedPolicies: [],
      catalogueKey: null,
      appliesTo: [...ALL_PHASES],
      acknowledgementRequired: false,
      ...data,
    },
  };
  return inStream(`policy-${policyId}`, event);
};
const drafted = (policyId: string, version: number): GivenEvent => {
  const event: PolicyVersionDrafted = { type: 'PolicyVersionDrafted', data: { policyId, version, summary: 'Draft', documentUrl: null, document: null } };
  return inStream(`policy-${policyId}`, event);
};
const approved = (policyId: string, version: number, approvedOn: string): GivenEvent => {
  const event: PolicyApproved = { type: 'PolicyApproved', data: { policyId, version, approvedOn, body: 'trust-board', minuteRef: null } };
  return inStream(`policy-${policyId}`, event);
};
const trustReviewed = (policyId: string, reviewedOn: string, nextReviewDue: DueDate | null = null): GivenEvent => {
  const event: PolicyReviewed<'trust'> = { type: 'PolicyReviewed', data: { level: 'trust', policyId, reviewedOn, outcome: 'no-change', notes: null, nextReviewDue } };
  return inStream(`policy-${policyId}`, event);
};
const retired = (policyId: string): GivenEvent => {
  const event: PolicyRetired = { type: 'PolicyRetired', data: { policyId, retiredOn: '2026-06-01', reason: 'Merged into another policy' } };
  return inStream(`policy-${policyId}`, event);
};
const adopted = (schoolId: string, policyId: string, version: number, adoptedOn: string): GivenEvent => {
  const event: PolicyAdopted = { type: 'PolicyAdopted', data: { schoolId, policyId, version, adoptedOn, approvedBy: 'local-governing-body', localAmendments: null } };
  return inStream(`schoolpolicy-${schoolId}.${policyId}`, event, { schoolId });
};
const schoolReviewed = (schoolId: string, policyId: string, reviewedOn: string, nextReviewDue: DueDate | null = null): GivenEvent => {
  const event: PolicyReviewed<'school'> = {
    type: 'PolicyReviewed',
    data: { level: 'school', schoolId, policyId, reviewedOn, outcome: 'no-change', notes: null, nextReviewDue },
  };
  return inStream(`schoolpolicy-${schoolId}.${policyId}`, event, { schoolId });
};
const evaluated = (schoolId: string, policyId: string, evaluatedOn: string): GivenEvent => {
  const event: PolicyEvaluated = { type: 'PolicyEvaluated', data: { schoolId, policyId, evaluatedOn, checklist: [], effectivenessStatement: 'Working well.' } };
  return inStream(`schoolpolicy-${schoolId}.${policyId}`, event, { schoolId });
};
const evaluatedWith = (evaluatedOn: string, checklist: PolicyEvaluated['data']['checklist'], effectivenessStatement: string, actorId = 'person-head'): GivenEvent => {
  const event: PolicyEvaluated = { type: 'PolicyEvaluated', data: { schoolId: 's1', policyId: 'p1', evaluatedOn, checklist, effectivenessStatement } };
  return inStream('schoolpolicy-s1.p1', event, { schoolId: 's1', actorId });
};
const noImpacts = Object.fromEntries(
  protectedCharacteristics.map((characteristic) => [characteristic, { negativeImpact: 'no', promotesEquality: 'not-sure', dataPositive: 'not-sure' }]),
) as EiaImpacts;
const eiaCompleted = (schoolId: string, policyId: string, completedOn: string, version: number | null = 1): GivenEvent => {
  const event: EIACompleted = {
    type: 'EIACompleted',
    data: {
      schoolId,
      policyId,
      version,
      completedOn,
      impacts: noImpacts,
      fullAssessmentRequired: false,
      conclusion: 'No adverse impact.',
      approvedBy: null,
      approvedOn: null,
      affects: [],
    },
  };
  return inStream(`schoolpolicy-${schoolId}.${policyId}`, event, { schoolId });
};

type Answer = Pick<RegisterRow, 'policyId' | 'status' | 'adoptedVersion' | 'currentVersion' | 'lastReviewedOn' | 'nextReviewDue' | 'eia'>;
/** The register of a school on a day, cut to the fields these facts decide. */
const registerOf =
  (schoolId: string, asOf: string) =>
  (db: Database.Database): Answer[] =>
    new PolicyRegisterQuery(db)
      .schoolRegister('t1', schoolId, asOf)
      .map(({ policyId, status, adoptedVersion, currentVersion, lastReviewedOn, nextReviewDue, eia }) => ({
        policyId,
        status,
        adoptedVersion,
        currentVersion,
        lastReviewedOn,
        nextReviewDue,
        eia,
      }));

const row = (policyId: string, fields: Partial<Answer>): Answer => ({
  policyId,
  status: 'not-adopted',
  adoptedVersion: null,
  currentVersion: null,
  lastReviewedOn: null,
  nextReviewDue: null,
  eia: 'not-required',
  ...fields,
});

describe('policy register read model', () => {
  const spec = projectionSpec(policyRegisterProjection);

  it('lists a registered policy the school has not adopted as not adopted', () => {
    spec.given([registered('p1')]).then(registerOf('s1', '2026-01-15'), [row('p1', {})]);
  });

  it('follows the latest drafted version', () => {
    spec.given([registered('p1'), drafted('p1', 1), drafted('p1', 2)]).then(registerOf('s1', '2026-01-15'), [row('p1', { currentVersion: 2 })]);
  });

  it('dates the next review one cycle after the adoption', () => {
    spec
      .given([registered('p1'), drafted('p1', 1), adopted('s1', 'p1', 1, '2025-09-10')])
      .then(registerOf('s1', '2026-01-15'), [row('p1', { status: 'in-date', adoptedVersion: 1, currentVersion: 1, nextReviewDue: '2026-09-10' })]);
  });

  it('moves the next review due a cycle on from a review', () => {
    spec
      .given([registered('p1'), drafted('p1', 1), adopted('s1', 'p1', 1, '2025-09-10'), schoolReviewed('s1', 'p1', '2026-07-01')])
      .then(registerOf('s1', '2026-11-24'), [
        row('p1', { status: 'in-date', adoptedVersion: 1, currentVersion: 1, lastReviewedOn: '2026-07-01', nextReviewDue: '2027-07-01' }),
      ]);
  });

  it('takes the next review a school review names', () => {
    spec
      .given([registered('p1'), adopted('s1', 'p1', 1, '2025-09-10'), schoolReviewed('s1', 'p1', '2026-07-01', '2026-12-01')])
      .then(registerOf('s1', '2026-11-24'), [row('p1', { status: 'due-soon', adoptedVersion: 1, lastReviewedOn: '2026-07-01', nextReviewDue: '2026-12-01' })]);
  });

  it('shows a review passed by as overdue', () => {
    spec
      .given([registered('p1'), adopted('s1', 'p1', 1, '2024-09-10')])
      .then(registerOf('s1', '2026-01-15'), [row('p1', { status: 'overdue', adoptedVersion: 1, nextReviewDue: '2025-09-10' })]);
  });

  it("dates a trust-wide policy's next review from the trust's review, once the school has adopted it", () => {
    spec
      .given([
        registered('p2', { scope: 'trust', approver: 'trust-board' }),
        drafted('p2', 1),
        approved('p2', 1, '2025-03-01'),
        adopted('s1', 'p2', 1, '2025-04-01'),
        trustReviewed('p2', '2026-03-01'),
      ])
      .then(registerOf('s1', '2026-06-01'), [row('p2', { status: 'in-date', adoptedVersion: 1, currentVersion: 1, lastReviewedOn: '2026-03-01', nextReviewDue: '2027-03-01' })]);
  });

  it('drops a retired policy from the register', () => {
    spec
      .given([registered('p1'), registered('p2'), adopted('s1', 'p1', 1, '2025-09-10'), retired('p1')])
      .then(registerOf('s1', '2026-01-15'), [row('p2', {})]);
  });

  it('shows an equality impact assessment missing until one is completed', () => {
    spec
      .given([registered('p1', { eiaRequired: true }), registered('p2', { eiaRequired: true }), eiaCompleted('s1', 'p2', '2025-10-01')])
      .then(
        (db) => registerOf('s1', '2026-01-15')(db).map(({ policyId, eia }) => ({ policyId, eia })),
        [
          { policyId: 'p1', eia: 'missing' },
          { policyId: 'p2', eia: 'complete' },
        ],
      );
  });

  it("keeps one school's adoptions and reviews out of another's register", () => {
    spec
      .given([registered('p1'), adopted('s1', 'p1', 1, '2025-09-10'), schoolReviewed('s1', 'p1', '2026-07-01')])
      .then(registerOf('s2', '2026-11-24'), [row('p1', {})]);
  });

  /** PolicyEvaluated creates the school's policy row with no facts when missing, else leaves it as it is. */
  describe('evaluations', () => {
    const schoolRow = rowsOf("SELECT trust_id, facts FROM rm_school_policies WHERE school_id = 's1' AND policy_id = 'p1'");

    it('creates the row with empty facts when the school has none yet', () => {
      spec
        .given([evaluated('s1', 'p1', '2026-10-01')])
        .then(schoolRow, [{ trust_id: 't1', facts: '{"adoptions":[],"reviews":[],"eias":[]}' }]);
    });

    it('keeps the facts', () => {
      spec
        .given([adopted('s1', 'p1', 1, '2025-09-10'), evaluated('s1', 'p1', '2026-10-01'), evaluated('s1', 'p1', '2026-11-01')])
        .then(schoolRow, [{ trust_id: 't1', facts: '{"adoptions":[{"version":1,"adoptedOn":"2025-09-10"}],"reviews":[],"eias":[]}' }]);
    });

    it('shows the later of two evaluations in the register', () => {
      spec
        .given([registered('p1'), evaluated('s1', 'p1', '2026-10-01'), evaluated('s1', 'p1', '2026-11-01')])
        .then((db) => new PolicyRegisterQuery(db).schoolRegister('t1', 's1', '2026-11-24').map((r) => r.lastEvaluatedOn), ['2026-11-01']);
    });

    it('shows the last evaluation in the register', () => {
      spec
        .given([registered('p1'), evaluated('s1', 'p1', '2026-10-01')])
        .then((db) => new PolicyRegisterQuery(db).schoolRegister('t1', 's1', '2026-11-24').map((r) => r.lastEvaluatedOn), ['2026-10-01']);
    });

    const lastEvaluation = (db: Database.Database) => new PolicyRegisterQuery(db).schoolRegister('t1', 's1', '2026-11-24').map((r) => r.lastEvaluation);

    it('gives the register the latest evaluation by date: its statement of effectiveness, who recorded it and the checklist counted', () => {
      spec
        .given([
          registered('p1'),
          adopted('s1', 'p1', 1, '2025-09-10'),
          evaluatedWith(
            '2026-11-02',
            [
              { point: 'Policy annually reviewed', answer: 'yes', evidence: null },
              { point: 'Funding in place', answer: 'no', evidence: 'No budget line yet' },
              { point: 'Local community aware of this policy', answer: 'n/a', evidence: null },
              { point: 'Pupils aware of this policy', answer: 'no', evidence: null },
            ],
            'Effective in school; funding still to find.',
          ),
          // Recorded later but dated earlier: not the last evaluation.
          evaluatedWith('2026-03-01', [{ point: 'Policy annually reviewed', answer: 'yes', evidence: null }], 'Working well.', 'person-staff'),
        ])
        .then(lastEvaluation, [
          {
            evaluatedOn: '2026-11-02',
            evaluatedBy: 'person-head',
            effectivenessStatement: 'Effective in school; funding still to find.',
            answers: { yes: 1, no: 2, notApplicable: 1 },
            answeredNo: ['Funding in place', 'Pupils aware of this policy'],
          },
        ]);
    });

    it('gives no last evaluation to a policy never evaluated', () => {
      spec.given([registered('p1'), adopted('s1', 'p1', 1, '2025-09-10')]).then(lastEvaluation, [null]);
    });

    it('keeps every evaluation, each with its place in the log, for the clerk\'s pack', () => {
      spec
        .given([evaluatedWith('2026-10-01', [{ point: 'Coordinator in place', answer: 'yes', evidence: 'Ms Crosby' }], 'It is effective and suitable for purpose'), evaluated('s1', 'p1', '2026-11-01')])
        .then(rowsOf(`SELECT e.position, e.trust_id, sp.school_id, sp.policy_id, e.evaluated_on, e.evaluated_by, e.checklist, e.effectiveness_statement
          FROM rm_policy_evaluations e JOIN rm_school_policies sp ON sp.id = e.school_policy ORDER BY e.position`), [
          {
            position: 1,
            trust_id: 't1',
            school_id: 's1',
            policy_id: 'p1',
            evaluated_on: '2026-10-01',
            evaluated_by: 'person-head',
            checklist: '[{"point":"Coordinator in place","answer":"yes","evidence":"Ms Crosby"}]',
            effectiveness_statement: 'It is effective and suitable for purpose',
          },
          { position: 2, trust_id: 't1', school_id: 's1', policy_id: 'p1', evaluated_on: '2026-11-01', evaluated_by: null, checklist: '[]', effectiveness_statement: 'Working well.' },
        ]);
    });
    it('given an evaluation rolled back with the school policy it created, when it is applied again, then it creates that row again (as the runner re-applies after a failure)', () => {
      withFreshReadModel(policyRegisterProjection, (db, apply) => {
        db.transaction(() => {
          apply(recordedAtPosition(1, evaluated('s1', 'p1', '2026-10-01')));
          // The savepoint of a failing batch takes the school policy row it created with it.
          applyAndRollBack(db, apply, recordedAtPosition(2, evaluated('s2', 'p1', '2026-10-02')));
          // Another school's adoption is given the rolled-back row's integer.
          apply(recordedAtPosition(3, adopted('s3', 'p1', 1, '2026-10-03')));
          apply(recordedAtPosition(4, evaluated('s2', 'p1', '2026-10-02')));
        })();
        expect(
          rowsOf(`SELECT e.position, sp.school_id FROM rm_policy_evaluations e JOIN rm_school_policies sp ON sp.id = e.school_policy ORDER BY e.position`)(db),
        ).toEqual([
          { position: 1, school_id: 's1' },
          { position: 4, school_id: 's2' },
        ]);
        expect(rowsOf('SELECT school_id FROM rm_school_policies ORDER BY id')(db)).toEqual([{ school_id: 's1' }, { school_id: 's3' }, { school_id: 's2' }]);
      });
    });
  });

  describe('an EIA belongs to a version', () => {
    const eiaOf = (schoolId: string, asOf: string) => (db: Database.Database) =>
      new PolicyRegisterQuery(db).schoolRegister('t1', schoolId, asOf).map(({ eia, eiaVersion }) => ({ eia, eiaVersion }));
    const history = [registered('p1', { eiaRequired: true }), drafted('p1', 1), drafted('p1', 2), adopted('s1', 'p1', 1, '2025-09-01')];

    it('given version 1’s EIA, when version 2 is adopted, then the register shows it out of date for version 1', () => {
      spec
        .given([...history, eiaCompleted('s1', 'p1', '2025-09-10', 1), adopted('s1', 'p1', 2, '2026-09-01')])
        .then(eiaOf('s1', '2026-10-01'), [{ eia: 'out-of-date', eiaVersion: 1 }]);
    });

    it('given an EIA recorded without a version, then it counts for the version adopted when it was completed', () => {
      spec
        .given([...history, eiaCompleted('s1', 'p1', '2025-09-10', null), adopted('s1', 'p1', 2, '2026-09-01')])
        .then(eiaOf('s1', '2026-08-31'), [{ eia: 'complete', eiaVersion: 1 }]);
      spec
        .given([...history, eiaCompleted('s1', 'p1', '2025-09-10', null), adopted('s1', 'p1', 2, '2026-09-01')])
        .then(eiaOf('s1', '2026-10-01'), [{ eia: 'out-of-date', eiaVersion: 1 }]);
    });

    it('given version 2 adopted, when its EIA is completed, then it is complete for version 2', () => {
      spec
        .given([...history, eiaCompleted('s1', 'p1', '2025-09-10', 1), adopted('s1', 'p1', 2, '2026-09-01'), eiaCompleted('s1', 'p1', '2026-09-20', 2)])
        .then(eiaOf('s1', '2026-10-01'), [{ eia: 'complete', eiaVersion: 2 }]);
    });
  });

  /** EntryWithdrawn, on the withdrawn entry's own stream, takes back what that entry added. */
  describe('withdrawn entries stop counting', () => {
    const withdrawn = (of: GivenEvent, eventId: string): GivenEvent => {
      const event: EntryWithdrawn = {
        type: 'EntryWithdrawn',
        data: { eventId, entryType: of.event.type as EntryWithdrawn['data']['entryType'], entry: { ...of.event.data } as Record<string, unknown>, reason: 'Recorded by mistake' },
      };
      return inStream(of.streamId, event, of.metadata);
    };

    it('given version 2 adopted and withdrawn, then version 1 counts again', () => {
      const second = adopted('s1', 'p1', 2, '2026-09-01');
      spec
        .given([registered('p1'), drafted('p1', 1), drafted('p1', 2), adopted('s1', 'p1', 1, '2025-09-10'), second, withdrawn(second, 'event-5')])
        .then(registerOf('s1', '2026-01-15'), [row('p1', { status: 'in-date', adoptedVersion: 1, currentVersion: 2, nextReviewDue: '2026-09-10' })]);
    });

    it('given the later review withdrawn, then the earlier review and its next due apply', () => {
      const later = schoolReviewed('s1', 'p1', '2026-11-01', '2027-11-01');
      spec
        .given([registered('p1'), adopted('s1', 'p1', 1, '2025-09-10'), schoolReviewed('s1', 'p1', '2025-10-01', '2026-10-01'), later, withdrawn(later, 'event-4')])
        .then(registerOf('s1', '2026-11-24'), [row('p1', { status: 'overdue', adoptedVersion: 1, lastReviewedOn: '2025-10-01', nextReviewDue: '2026-10-01' })]);
    });

    it('given the only EIA withdrawn, then the EIA is missing again', () => {
      const eia = eiaCompleted('s1', 'p1', '2025-10-01');
      spec
        .given([registered('p1', { eiaRequired: true }), eia, withdrawn(eia, 'event-2')])
        .then((db) => registerOf('s1', '2026-01-15')(db).map(({ eia: status }) => status), ['missing']);
    });

    it('given version 2’s EIA withdrawn, then version 1’s EIA is out of date again', () => {
      const forV2 = eiaCompleted('s1', 'p1', '2026-09-20', 2);
      spec
        .given([
          registered('p1', { eiaRequired: true }), drafted('p1', 1), drafted('p1', 2), adopted('s1', 'p1', 1, '2025-09-01'),
          eiaCompleted('s1', 'p1', '2025-09-10', 1), adopted('s1', 'p1', 2, '2026-09-01'), forV2, withdrawn(forV2, 'event-8'),
        ])
        .then((db) => registerOf('s1', '2026-10-01')(db).map(({ eia: status }) => status), ['out-of-date']);
    });

    it('given a trust approval and a trust review withdrawn, then the trust facts forget both', () => {
      const approval = approved('p1', 1, '2026-01-05');
      const review = trustReviewed('p1', '2026-03-01');
      spec
        .given([registered('p1', { scope: 'trust' }), drafted('p1', 1), approval, review, withdrawn(approval, 'event-3'), withdrawn(review, 'event-4')])
        .then(rowsOf("SELECT trust_facts FROM rm_policies WHERE policy_id = 'p1'"), [{ trust_facts: '{"approvals":[],"reviews":[]}' }]);
    });

    it('given the later evaluation withdrawn, then the register shows the one before; given the only one withdrawn, none', () => {
      const later = evaluated('s1', 'p1', '2026-11-01');
      const lastEvaluated = (db: Database.Database) => new PolicyRegisterQuery(db).schoolRegister('t1', 's1', '2026-11-24').map((r) => r.lastEvaluatedOn);
      spec.given([registered('p1'), evaluated('s1', 'p1', '2026-10-01'), later, withdrawn(later, 'event-3')]).then(lastEvaluated, ['2026-10-01']);
      const only = evaluated('s1', 'p1', '2026-10-01');
      spec.given([registered('p1'), only, withdrawn(only, 'event-2')]).then(lastEvaluated, [null]);
    });
  });
});

// Policy owner (the staff lead reminded with the headteacher).
const ownerNamed = (schoolId: string, policyId: string, personId: string): GivenEvent => {
  const event: PolicyOwnerAssigned = { type: 'PolicyOwnerAssigned', data: { schoolId, policyId, personId } };
  return inStream(`schoolpolicy-${schoolId}.${policyId}`, event, { schoolId });
};
const ownersOf = (schoolId: string) => (db: Database.Database) =>
  new PolicyRegisterQuery(db).schoolRegister('t1', schoolId, '2026-11-24').map(({ policyId, ownerId, adoptedVersion }) => ({ policyId, ownerId, adoptedVersion }));

describe('policy register read model: policy owners', () => {
  const spec = projectionSpec(policyRegisterProjection);

  it('shows no owner until one is named, then the last one named, at that school only', () => {
    spec.given([registered('p1')]).then(ownersOf('s1'), [{ policyId: 'p1', ownerId: null, adoptedVersion: null }]);
    spec
      .given([registered('p1'), registered('p2'), ownerNamed('s1', 'p1', 'person-lead'), ownerNamed('s1', 'p1', 'person-new'), ownerNamed('s2', 'p2', 'person-other')])
      .then(ownersOf('s1'), [
        { policyId: 'p1', ownerId: 'person-new', adoptedVersion: null },
        { policyId: 'p2', ownerId: null, adoptedVersion: null },
      ]);
  });

  it('keeps the owner and the facts side by side, whichever came first', () => {
    spec
      .given([registered('p1'), drafted('p1', 1), ownerNamed('s1', 'p1', 'person-lead'), adopted('s1', 'p1', 1, '2026-09-01')])
      .then(ownersOf('s1'), [{ policyId: 'p1', ownerId: 'person-lead', adoptedVersion: 1 }]);
    spec
      .given([registered('p1'), drafted('p1', 1), adopted('s1', 'p1', 1, '2026-09-01'), ownerNamed('s1', 'p1', 'person-lead')])
      .then(ownersOf('s1'), [{ policyId: 'p1', ownerId: 'person-lead', adoptedVersion: 1 }]);
  });
});
