import { fold } from '../shared/decider';
import { InvalidValueError, NotFoundError } from '../shared/domain-error';
import { deciderSpec, testContext } from '../testing/decider-spec';
import { PolicyCommand } from './decide';
import { policyDecider } from './decider';
import { PolicyEvent, PolicyRegistered } from './events';
import { ALL_PHASES } from './applies-to';
import { defaultUpcaster } from '../upcasting/registered-upcasters';

const spec = deciderSpec(policyDecider);

const registered = (scope: 'trust' | 'school' = 'trust'): PolicyRegistered => ({
  type: 'PolicyRegistered',
  data: {
    policyId: 'pol-1',
    trustId: 'trust-1',
    title: 'Internet and Social Networking',
    scope,
    reviewCycleMonths: 24,
    approver: 'trust-board',
    statutory: false,
    eiaRequired: true,
    category: 'safeguarding',
    legislation: ['Data Protection Act 2018'],
    linkedPolicies: [],
    catalogueKey: null,
    appliesTo: [...ALL_PHASES],
    acknowledgementRequired: false,
  },
});
const drafted = (version: number): PolicyEvent => ({
  type: 'PolicyVersionDrafted',
  data: { policyId: 'pol-1', version, summary: `Draft ${version}`, documentUrl: null, document: null },
});
const retired: PolicyEvent = {
  type: 'PolicyRetired',
  data: { policyId: 'pol-1', retiredOn: '2026-10-01', reason: null },
};

/** Runs a command expecting a 400 or 404 (the spec helper's thenThrows is for 422 refusals). */
function failure(given: PolicyEvent[], command: PolicyCommand): unknown {
  try {
    policyDecider.decide(command, fold(policyDecider, given), testContext);
  } catch (error) {
    return error;
  }
  throw new Error('expected the command to fail');
}

describe('RegisterPolicy', () => {
  it('registers a policy with the defaults API.md gives (statutory false, eiaRequired true)', () =>
    spec
      .given([])
      .when({
        type: 'RegisterPolicy',
        data: {
          policyId: 'pol-1',
          trustId: 'trust-1',
          title: '  Internet and Social Networking ',
          scope: 'trust',
          reviewCycleMonths: 'Bi-Annually',
          approver: 'trust-board',
          category: 'safeguarding',
          legislation: ['Data Protection Act 2018', 'Data Protection Act 2018'],
        },
      })
      .then([registered('trust')]));

  it('keeps the given flags, links and catalogue key', () =>
    spec
      .given([])
      .when({
        type: 'RegisterPolicy',
        data: {
          policyId: 'pol-2',
          trustId: 'trust-1',
          title: 'Accessibility plan',
          scope: 'school',
          reviewCycleMonths: 36,
          approver: 'local-governing-body',
          statutory: true,
          eiaRequired: false,
          linkedPolicies: ['SEND information report'],
          catalogueKey: 'accessibility-plan',
          appliesTo: ['secondary', 'primary'],
        },
      })
      .then([
        {
          type: 'PolicyRegistered',
          data: {
            policyId: 'pol-2',
            trustId: 'trust-1',
            title: 'Accessibility plan',
            scope: 'school',
            reviewCycleMonths: 36,
            approver: 'local-governing-body',
            statutory: true,
            eiaRequired: false,
            category: null,
            legislation: [],
            linkedPolicies: ['SEND information report'],
            catalogueKey: 'accessibility-plan',
            appliesTo: ['primary', 'secondary'],
            acknowledgementRequired: false,
          },
        },
      ]));

  it('refuses to register the same policy twice', () =>
    spec
      .given([registered()])
      .when({
        type: 'RegisterPolicy',
        data: {
          policyId: 'pol-1',
          trustId: 'trust-1',
          title: 'Again',
          scope: 'trust',
          reviewCycleMonths: 12,
          approver: 'trust-board',
        },
      })
      .thenThrows('already-registered'));

  it.each([
    ['title', { title: '  ' }],
    ['scope', { scope: 'academy' }],
    ['reviewCycleMonths', { reviewCycleMonths: 61 }],
    ['reviewCycleMonths', { reviewCycleMonths: 'whenever' }],
    ['approver', { approver: 'clerk' }],
    ['statutory', { statutory: 'yes' }],
    ['legislation[1]', { legislation: ['Equality Act 2010', ''] }],
  ])('refuses malformed input as a 400 naming %s', (field, change) => {
    const error = failure([], {
      type: 'RegisterPolicy',
      data: {
        policyId: 'pol-1',
        trustId: 'trust-1',
        title: 'Behaviour',
        scope: 'school',
        reviewCycleMonths: 12,
        approver: 'headteacher',
        ...(change as object),
      },
    } as PolicyCommand);
    expect(error).toBeInstanceOf(InvalidValueError);
    expect((error as InvalidValueError).field).toBe(field);
  });
});

describe('DraftPolicyVersion', () => {
  it('drafts version 1 first', () =>
    spec
      .given([registered()])
      .when({ type: 'DraftPolicyVersion', data: { policyId: 'pol-1', summary: 'Draft 1' } })
      .then([drafted(1)]));

  it('numbers the next draft after the last one, keeping the document link', () =>
    spec
      .given([registered(), drafted(1), drafted(2)])
      .when({
        type: 'DraftPolicyVersion',
        data: {
          policyId: 'pol-1',
          summary: 'Adds TikTok',
          documentUrl: 'https://docs.example/social-media-v3.docx',
        },
      })
      .then([
        {
          type: 'PolicyVersionDrafted',
          data: {
            policyId: 'pol-1',
            version: 3,
            summary: 'Adds TikTok',
            documentUrl: 'https://docs.example/social-media-v3.docx',
            document: null,
          },
        },
      ]));

  const attached = { sha256: 'a'.repeat(64), fileName: ' Safeguarding – v2.docx ', mediaType: 'application/pdf', bytes: 45_000 };

  it('records the attached document by its hash, name, type and size (never its bytes)', () =>
    spec
      .given([registered(), drafted(1)])
      .when({ type: 'DraftPolicyVersion', data: { policyId: 'pol-1', summary: 'Signed copy', document: attached } })
      .then([
        {
          type: 'PolicyVersionDrafted',
          data: { policyId: 'pol-1', version: 2, summary: 'Signed copy', documentUrl: null, document: { ...attached, fileName: 'Safeguarding – v2.docx' } },
        },
      ]));

  it('refuses a document record whose hash could not name a stored file', () => {
    const error = failure([registered()], {
      type: 'DraftPolicyVersion',
      data: { policyId: 'pol-1', summary: 'x', document: { ...attached, sha256: '../../etc/passwd' } },
    });
    expect(error).toBeInstanceOf(InvalidValueError);
  });

  it('refuses a draft of a retired policy', () =>
    spec
      .given([registered(), drafted(1), retired])
      .when({ type: 'DraftPolicyVersion', data: { policyId: 'pol-1', summary: 'Too late' } })
      .thenThrows('policy-retired'));

  it('answers 404 for a policy that was never registered', () => {
    const error = failure([], {
      type: 'DraftPolicyVersion',
      data: { policyId: 'pol-9', summary: 'x' },
    });
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toBe('Policy pol-9 was not found');
  });

  it.each(['javascript:alert(document.cookie)', 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'sharepoint.example.org/policy.docx', 'https://'])(
    'refuses a document link that is not an http(s) web link: %s',
    (documentUrl) =>
      spec
        .given([registered()])
        .when({ type: 'DraftPolicyVersion', data: { policyId: 'pol-1', summary: 'v1', documentUrl } })
        .thenRefusesInput(
          'documentUrl',
          'documentUrl must be a web link starting with https:// or http://, e.g. https://sharepoint.example.org/policies/safeguarding.docx.',
        ),
  );

  it('keeps an http link as given', () =>
    spec
      .given([registered()])
      .when({ type: 'DraftPolicyVersion', data: { policyId: 'pol-1', summary: 'v1', documentUrl: 'http://intranet.oak.sch.uk/p/12' } })
      .then([{ type: 'PolicyVersionDrafted', data: { policyId: 'pol-1', version: 1, summary: 'v1', documentUrl: 'http://intranet.oak.sch.uk/p/12', document: null } }]));

  it('refuses a summary-less draft and a link with spaces as 400s', () => {
    expect(
      failure([registered()], {
        type: 'DraftPolicyVersion',
        data: { policyId: 'pol-1', summary: '' },
      }),
    ).toBeInstanceOf(InvalidValueError);
    const error = failure([registered()], {
      type: 'DraftPolicyVersion',
      data: { policyId: 'pol-1', summary: 'v1', documentUrl: 'my documents/policy.docx' },
    });
    expect((error as InvalidValueError).field).toBe('documentUrl');
  });
});

describe('ApprovePolicyVersion', () => {
  it('refuses an approval dated before 1990', () =>
    spec
      .given([registered('trust'), drafted(1)])
      .when({ type: 'ApprovePolicyVersion', data: { policyId: 'pol-1', version: 1, approvedOn: '1900-01-01', body: 'trust-board' } })
      .thenRefusesInput('approvedOn', 'approvedOn must be 1990-01-01 or later; 1900-01-01 is too early to be a governance record.'));

  it('carries the meeting and its minute reference when a meeting approved it (the minute reference replaces any typed one)', () =>
    spec
      .given([registered('trust'), drafted(1)])
      .when({
        type: 'ApprovePolicyVersion',
        data: { policyId: 'pol-1', version: 1, approvedOn: '2026-11-20', body: 'trust-board', minuteRef: 'typed', meeting: { meetingId: 'm1', minuteRef: 'TB/26/5' } },
      })
      .then([{ type: 'PolicyApproved', data: { policyId: 'pol-1', version: 1, approvedOn: '2026-11-20', body: 'trust-board', minuteRef: 'TB/26/5', meetingId: 'm1' } }]));

  it("carries the meeting and minute reference on a trust's review taken in a meeting", () =>
    spec
      .given([registered('trust'), drafted(1)])
      .when({ type: 'ReviewPolicy', data: { policyId: 'pol-1', reviewedOn: '2026-11-20', outcome: 'no-change', meeting: { meetingId: 'm1', minuteRef: 'TB/26/6' } } })
      .then([
        {
          type: 'PolicyReviewed',
          data: { level: 'trust', policyId: 'pol-1', reviewedOn: '2026-11-20', outcome: 'no-change', notes: null, nextReviewDue: null, meetingId: 'm1', minuteRef: 'TB/26/6' },
        },
      ]));

  it('approves a drafted version of a trust-scope policy', () =>
    spec
      .given([registered('trust'), drafted(1)])
      .when({
        type: 'ApprovePolicyVersion',
        data: {
          policyId: 'pol-1',
          version: 1,
          approvedOn: '2026-11-20',
          body: 'trust-board',
          minuteRef: 'TB/2026/11/7',
        },
      })
      .then([
        {
          type: 'PolicyApproved',
          data: {
            policyId: 'pol-1',
            version: 1,
            approvedOn: '2026-11-20',
            body: 'trust-board',
            minuteRef: 'TB/2026/11/7',
          },
        },
      ]));

  it('approves today, by a committee under delegation, without a minute reference', () =>
    spec
      .given([registered('trust'), drafted(1), drafted(2)])
      .when({
        type: 'ApprovePolicyVersion',
        data: { policyId: 'pol-1', version: 2, approvedOn: '2026-11-24', body: 'committee' },
      })
      .then([
        {
          type: 'PolicyApproved',
          data: {
            policyId: 'pol-1',
            version: 2,
            approvedOn: '2026-11-24',
            body: 'committee',
            minuteRef: null,
          },
        },
      ]));

  it('refuses an unknown version', () =>
    spec
      .given([registered('trust'), drafted(1)])
      .when({
        type: 'ApprovePolicyVersion',
        data: { policyId: 'pol-1', version: 2, approvedOn: '2026-11-20', body: 'trust-board' },
      })
      .thenThrows('unknown-version'));

  it('refuses to approve a school-scope policy at trust level', () =>
    spec
      .given([registered('school'), drafted(1)])
      .when({
        type: 'ApprovePolicyVersion',
        data: { policyId: 'pol-1', version: 1, approvedOn: '2026-11-20', body: 'trust-board' },
      })
      .thenThrows('not-trust-scope'));

  it('refuses an approval dated after today', () =>
    spec
      .given([registered('trust'), drafted(1)])
      .when({
        type: 'ApprovePolicyVersion',
        data: { policyId: 'pol-1', version: 1, approvedOn: '2026-11-25', body: 'trust-board' },
      })
      .thenThrows('date-in-future'));

  it('refuses an approval of a retired policy', () =>
    spec
      .given([registered('trust'), drafted(1), retired])
      .when({
        type: 'ApprovePolicyVersion',
        data: { policyId: 'pol-1', version: 1, approvedOn: '2026-11-20', body: 'trust-board' },
      })
      .thenThrows('policy-retired'));

  it('refuses a date that does not exist as a 400 naming approvedOn', () => {
    const error = failure([registered('trust'), drafted(1)], {
      type: 'ApprovePolicyVersion',
      data: { policyId: 'pol-1', version: 1, approvedOn: '2026-02-30', body: 'trust-board' },
    });
    expect((error as InvalidValueError).field).toBe('approvedOn');
  });
});

describe('ReviewPolicy (trust level)', () => {
  it('records a review whose next review is a term, kept as the term id', () =>
    spec
      .given([registered('trust'), drafted(1)])
      .when({
        type: 'ReviewPolicy',
        data: {
          policyId: 'pol-1',
          reviewedOn: '2026-11-02',
          outcome: 'no-change',
          notes: 'Still fit for purpose',
          nextReviewDue: 'Autumn term 2028',
        },
      })
      .then([
        {
          type: 'PolicyReviewed',
          data: {
            level: 'trust',
            policyId: 'pol-1',
            reviewedOn: '2026-11-02',
            outcome: 'no-change',
            notes: 'Still fit for purpose',
            nextReviewDue: '2028-autumn',
          },
        },
      ]));

  it('records a review with no explicit next review (one cycle on)', () =>
    spec
      .given([registered('trust')])
      .when({
        type: 'ReviewPolicy',
        data: { policyId: 'pol-1', reviewedOn: '2026-11-24', outcome: 'amended' },
      })
      .then([
        {
          type: 'PolicyReviewed',
          data: {
            level: 'trust',
            policyId: 'pol-1',
            reviewedOn: '2026-11-24',
            outcome: 'amended',
            notes: null,
            nextReviewDue: null,
          },
        },
      ]));

  it('refuses to review a school-scope policy at trust level', () =>
    spec
      .given([registered('school')])
      .when({
        type: 'ReviewPolicy',
        data: { policyId: 'pol-1', reviewedOn: '2026-11-02', outcome: 'no-change' },
      })
      .thenThrows('not-trust-scope'));

  it('refuses a review dated after today', () =>
    spec
      .given([registered('trust')])
      .when({
        type: 'ReviewPolicy',
        data: { policyId: 'pol-1', reviewedOn: '2027-01-10', outcome: 'no-change' },
      })
      .thenThrows('date-in-future'));

  it('refuses a next review that is not after the review (Spring 2026 ends before a November 2026 review)', () =>
    spec
      .given([registered('trust')])
      .when({
        type: 'ReviewPolicy',
        data: {
          policyId: 'pol-1',
          reviewedOn: '2026-11-02',
          outcome: 'no-change',
          nextReviewDue: 'Spring 2026',
        },
      })
      .thenThrows('next-review-not-after-review'));

  it('refuses a review of a retired policy', () =>
    spec
      .given([registered('trust'), retired])
      .when({
        type: 'ReviewPolicy',
        data: { policyId: 'pol-1', reviewedOn: '2026-11-02', outcome: 'no-change' },
      })
      .thenThrows('policy-retired'));

  it('refuses an unknown outcome and an unreadable due date as 400s', () => {
    const outcome = failure([registered('trust')], {
      type: 'ReviewPolicy',
      data: { policyId: 'pol-1', reviewedOn: '2026-11-02', outcome: 'rewritten' as never },
    });
    expect((outcome as InvalidValueError).field).toBe('outcome');
    const due = failure([registered('trust')], {
      type: 'ReviewPolicy',
      data: {
        policyId: 'pol-1',
        reviewedOn: '2026-11-02',
        outcome: 'no-change',
        nextReviewDue: 'next year',
      },
    });
    expect((due as InvalidValueError).field).toBe('nextReviewDue');
  });
});

describe('RetirePolicy', () => {
  it('retires a policy as of today unless a date is given', () =>
    spec
      .given([registered()])
      .when({
        type: 'RetirePolicy',
        data: { policyId: 'pol-1', reason: 'Merged into Online safety' },
      })
      .then([
        {
          type: 'PolicyRetired',
          data: { policyId: 'pol-1', retiredOn: '2026-11-24', reason: 'Merged into Online safety' },
        },
      ]));

  it('retires a policy on a past date', () =>
    spec
      .given([registered()])
      .when({ type: 'RetirePolicy', data: { policyId: 'pol-1', retiredOn: '2026-10-01' } })
      .then([retired]));

  it('refuses to retire a policy twice', () =>
    spec
      .given([registered(), retired])
      .when({ type: 'RetirePolicy', data: { policyId: 'pol-1' } })
      .thenThrows('policy-retired'));

  it('refuses a retirement dated after today', () =>
    spec
      .given([registered()])
      .when({ type: 'RetirePolicy', data: { policyId: 'pol-1', retiredOn: '2026-12-01' } })
      .thenThrows('date-in-future'));
});

describe('policy state', () => {
  it('folds versions, approvals, reviews and retirement', () => {
    const state = fold(policyDecider, [
      registered(),
      drafted(1),
      {
        type: 'PolicyApproved',
        data: {
          policyId: 'pol-1',
          version: 1,
          approvedOn: '2025-11-01',
          body: 'trust-board',
          minuteRef: null,
        },
      },
      {
        type: 'PolicyReviewed',
        data: {
          level: 'trust',
          policyId: 'pol-1',
          reviewedOn: '2026-11-01',
          outcome: 'no-change',
          notes: null,
          nextReviewDue: '2028-autumn',
        },
      },
      retired,
    ]);
    expect(state).toMatchObject({
      registered: true,
      versions: [1],
      approvals: [{ version: 1, approvedOn: '2025-11-01' }],
      reviews: [{ reviewedOn: '2026-11-01', nextReviewDue: '2028-autumn' }],
      retired: true,
    });
  });

  it('ignores an event type it does not know (a newer schema)', () => {
    const state = fold(policyDecider, [
      registered(),
      { type: 'PolicyRenamed', data: {} } as unknown as PolicyEvent,
    ]);
    expect(state).toEqual(fold(policyDecider, [registered()]));
  });
});

describe('policy events', () => {
  it('are plain JSON: storing and reading them back changes nothing', () => {
    const history = [registered('trust'), drafted(1)];
    const commands: PolicyCommand[] = [
      { type: 'DraftPolicyVersion', data: { policyId: 'pol-1', summary: 'v2' } },
      {
        type: 'ApprovePolicyVersion',
        data: { policyId: 'pol-1', version: 1, approvedOn: '2026-11-20', body: 'trust-board' },
      },
      {
        type: 'ReviewPolicy',
        data: {
          policyId: 'pol-1',
          reviewedOn: '2026-11-20',
          outcome: 'no-change',
          nextReviewDue: 'Autumn 2027',
        },
      },
      { type: 'RetirePolicy', data: { policyId: 'pol-1' } },
    ];
    for (const command of commands) {
      const events = policyDecider.decide(command, fold(policyDecider, history), testContext);
      expect(JSON.parse(JSON.stringify(events))).toStrictEqual(events);
    }
  });
});

describe('appliesTo: the phases of school a policy applies to', () => {
  const register = (appliesTo: unknown): PolicyCommand => ({
    type: 'RegisterPolicy',
    data: { policyId: 'pol-1', trustId: 'trust-1', title: 'Careers', scope: 'school', reviewCycleMonths: 12, approver: 'local-governing-body', appliesTo },
  });

  it('given no list, when registered, then it applies to every phase', () => {
    const [event] = policyDecider.decide(register(undefined), policyDecider.initialState(), testContext);
    expect(event.type === 'PolicyRegistered' && event.data.appliesTo).toEqual([...ALL_PHASES]);
  });

  it('given an empty list or an unknown phase, when registered, then refused naming appliesTo', () => {
    for (const appliesTo of [[], ['primary', 'middle']]) {
      const error = failure([], register(appliesTo));
      expect(error).toBeInstanceOf(InvalidValueError);
      expect((error as InvalidValueError).field).toBe('appliesTo');
    }
  });

  it('given a policy for every phase, when the trust narrows it, then PolicyAppliesToChanged', () =>
    spec
      .given([registered('school')])
      .when({ type: 'ChangePolicyAppliesTo', data: { policyId: 'pol-1', appliesTo: ['sixteen-plus', 'secondary'] } })
      .then([{ type: 'PolicyAppliesToChanged', data: { policyId: 'pol-1', appliesTo: ['secondary', 'sixteen-plus'] } }]));

  it('given the same phases in another order, when changed, then nothing is recorded', () =>
    spec
      .given([registered('school'), { type: 'PolicyAppliesToChanged', data: { policyId: 'pol-1', appliesTo: ['secondary', 'special'] } }])
      .when({ type: 'ChangePolicyAppliesTo', data: { policyId: 'pol-1', appliesTo: ['special', 'secondary'] } })
      .then([]));

  it('given a policy stored before appliesTo (every phase), when the same full list is given, then nothing is recorded', () => {
    const { appliesTo: _dropped, ...old } = registered('school').data;
    const stored = { type: 'PolicyRegistered', data: old } as unknown as PolicyEvent;
    expect(policyDecider.decide({ type: 'ChangePolicyAppliesTo', data: { policyId: 'pol-1', appliesTo: [...ALL_PHASES] } }, fold(policyDecider, [stored]), testContext)).toEqual([]);
  });

  it('given no list or an empty one, when changed, then refused naming appliesTo', () => {
    for (const appliesTo of [undefined, []]) {
      const error = failure([registered()], { type: 'ChangePolicyAppliesTo', data: { policyId: 'pol-1', appliesTo } });
      expect((error as InvalidValueError).field).toBe('appliesTo');
    }
  });

  it('given a retired policy, when changed, then refused as retired', () =>
    spec
      .given([registered(), retired])
      .when({ type: 'ChangePolicyAppliesTo', data: { policyId: 'pol-1', appliesTo: ['primary'] } })
      .thenThrows('policy-retired'));

  it('given an unknown policy, when changed, then not found', () => {
    expect(failure([], { type: 'ChangePolicyAppliesTo', data: { policyId: 'pol-9', appliesTo: ['primary'] } })).toBeInstanceOf(NotFoundError);
  });
});

describe('acknowledgementRequired: whether staff must acknowledge each adopted version', () => {
  const register = (acknowledgementRequired: unknown): PolicyCommand => ({
    type: 'RegisterPolicy',
    data: { policyId: 'pol-1', trustId: 'trust-1', title: 'Staff handbook', scope: 'school', reviewCycleMonths: 12, approver: 'headteacher', acknowledgementRequired },
  });
  const change = (data: { appliesTo?: unknown; acknowledgementRequired?: unknown }): PolicyCommand => ({
    type: 'ChangePolicySettings',
    data: { policyId: 'pol-1', ...data },
  });

  it('given a policy registered by hand without the flag, then it asks for no acknowledgement; with it, it does', () => {
    const [byDefault] = policyDecider.decide(register(undefined), policyDecider.initialState(), testContext);
    const [asked] = policyDecider.decide(register(true), policyDecider.initialState(), testContext);
    expect(byDefault.type === 'PolicyRegistered' && byDefault.data.acknowledgementRequired).toBe(false);
    expect(asked.type === 'PolicyRegistered' && asked.data.acknowledgementRequired).toBe(true);
  });

  it('given a policy asking for none, when the trust requires it, then AcknowledgementRequirementChanged', () =>
    spec
      .given([registered('school')])
      .when(change({ acknowledgementRequired: true }))
      .then([{ type: 'AcknowledgementRequirementChanged', data: { policyId: 'pol-1', acknowledgementRequired: true } }]));

  it('given the flag already as asked, when changed, then nothing is recorded', () =>
    spec
      .given([registered('school'), { type: 'AcknowledgementRequirementChanged', data: { policyId: 'pol-1', acknowledgementRequired: true } }])
      .when(change({ acknowledgementRequired: true }))
      .then([]));

  it('given both settings, when changed, then one event for each that differs', () =>
    spec
      .given([registered('school')])
      .when(change({ appliesTo: ['primary'], acknowledgementRequired: true }))
      .then([
        { type: 'PolicyAppliesToChanged', data: { policyId: 'pol-1', appliesTo: ['primary'] } },
        { type: 'AcknowledgementRequirementChanged', data: { policyId: 'pol-1', acknowledgementRequired: true } },
      ]));

  it('given nothing to change, or a flag that is not true or false, then refused as bad input', () => {
    expect(failure([registered()], change({}))).toBeInstanceOf(InvalidValueError);
    expect((failure([registered()], change({ acknowledgementRequired: 'yes' })) as InvalidValueError).field).toBe('acknowledgementRequired');
  });

  it('given a policy stored before the flag from a catalogue entry that asks for it, then the fold takes the catalogue default', () => {
    const { acknowledgementRequired: _dropped, ...old } = registered('school').data;
    const stored = defaultUpcaster.upcast({ type: 'PolicyRegistered', data: { ...old, catalogueKey: 'online-safety' }, metadata: { schemaVersion: 2 } });
    expect(policyDecider.decide(change({ acknowledgementRequired: true }), fold(policyDecider, [stored as unknown as PolicyEvent]), testContext)).toEqual([]);
  });
});
