import { detectPolicy } from './detect-policy';
import * as policies from './testing/policies';
import { DetectedPolicy } from './types';

const NO_EIA = { present: false, completedOn: null, fullAssessmentRequired: null };

describe('detectPolicy on documents written in different styles', () => {
  it('reads an all-caps header with an approval sentence (St Mary’s)', () => {
    const { detected, sources, warnings } = detectPolicy(policies.ST_MARYS_ANTI_BULLYING);
    expect(detected).toEqual<DetectedPolicy>({
      title: 'Anti-Bullying Policy',
      trustName: 'Emmaus Catholic Multi Academy Trust',
      schoolName: "St Mary's Catholic Primary School",
      lastReviewedOn: '2024-11-14',
      approvedOn: '2024-11-14',
      approvedBy: 'local-governing-body',
      nextReviewDue: '2025-11',
      reviewCycleMonths: 12,
      statutory: true,
      legislation: ['Education and Inspections Act 2006', 'Equality Act 2010'],
      linkedPolicies: [
        'Behaviour Policy',
        'Safeguarding and Child Protection Policy',
        'Online Safety Policy',
      ],
      roles: [
        'headteacher',
        'governing-body',
        'designated-safeguarding-lead',
        'link-governor',
        'senco',
      ],
      eia: NO_EIA,
    });
    expect(sources.approvedBy).toEqual({
      line: 8,
      text: 'Approved by the Local Governing Body on 14/11/2024',
    });
    expect(sources.reviewCycleMonths).toEqual({ line: 9, text: 'Review frequency: Annually' });
    expect(sources.statutory).toEqual({ line: 7, text: 'Statutory policy? Yes' });
    expect(warnings).toEqual([
      'no review date is given; the approval date (2024-11-14) read as the date of the last review',
    ]);
  });

  it('reads a tabbed table with tick boxes and an inline EIA (Oakfield)', () => {
    const { detected, sources, warnings } = detectPolicy(policies.OAKFIELD_SAFEGUARDING);
    expect(detected).toEqual<DetectedPolicy>({
      title: 'Safeguarding and Child Protection Policy',
      trustName: null,
      schoolName: 'Oakfield Primary Academy',
      lastReviewedOn: '2024-09',
      approvedOn: '2024-09-03',
      approvedBy: 'trust-board',
      nextReviewDue: '2025-autumn',
      reviewCycleMonths: 12,
      statutory: true,
      legislation: ['Keeping Children Safe in Education', 'Working Together to Safeguard Children'],
      linkedPolicies: [],
      roles: ['trust-board', 'nominated-governor', 'designated-safeguarding-lead'],
      eia: { present: true, completedOn: '2024-09-02', fullAssessmentRequired: false },
    });
    expect(sources.eia.completedOn?.line).toBe(13);
    expect(sources.nextReviewDue).toEqual({ line: 9, text: 'Next review:\tAutumn 2025' });
    expect(warnings).toEqual([]);
  });

  it('reads a flattened table, decides bi-annually from the dates, and lists without duplicates (Hillside)', () => {
    const { detected, sources, warnings } = detectPolicy(policies.HILLSIDE_SEND);
    expect(detected).toEqual<DetectedPolicy>({
      title: 'SEND Policy',
      trustName: null,
      schoolName: 'Hillside Academy',
      lastReviewedOn: '2024-autumn',
      approvedOn: null,
      approvedBy: 'local-governing-body',
      nextReviewDue: '2026-autumn',
      reviewCycleMonths: 24,
      statutory: false,
      legislation: [
        'Children and Families Act 2014',
        'Special Educational Needs and Disability Regulations 2014',
        'SEND Code of Practice: 0 to 25 years (DfE)',
      ],
      linkedPolicies: [
        'Accessibility Plan',
        'Supporting Pupils with Medical Conditions Policy',
        'Behaviour Policy',
      ],
      roles: ['governing-body', 'senco', 'nominated-governor'],
      eia: NO_EIA,
    });
    expect(sources.lastReviewedOn).toEqual({ line: 5, text: 'Autumn 2024' });
    expect(sources.legislation.map((source) => source.line)).toEqual([14, 15, 16]);
    expect(warnings).toEqual([
      'bi-annually read as every 24 months because the next review is two years after the last',
    ]);
  });

  it('reads several fields on one line and an ambiguous "Review:" (Riverside)', () => {
    const { detected, warnings } = detectPolicy(policies.RIVERSIDE_ATTENDANCE);
    expect(detected).toEqual<DetectedPolicy>({
      title: 'Attendance Policy',
      trustName: null,
      schoolName: 'Riverside Federation',
      lastReviewedOn: '2024-03-12',
      approvedOn: '2024-03-12',
      approvedBy: 'local-governing-body',
      nextReviewDue: '2026-spring',
      reviewCycleMonths: 24,
      statutory: true,
      legislation: [],
      linkedPolicies: [],
      roles: ['governing-body', 'headteacher'],
      eia: NO_EIA,
    });
    expect(warnings).toEqual([
      '"Review: Spring 2026" read as the next review date because schools usually write the due date there',
      'no review date is given; the approval date (2024-03-12) read as the date of the last review',
    ]);
  });

  it('reads a headteacher approval and infers the cycle from an issue date and a review date (Brook Lane)', () => {
    const { detected, warnings } = detectPolicy(policies.BROOK_LANE_UNIFORM);
    expect(detected).toEqual<DetectedPolicy>({
      title: 'School Uniform Policy',
      trustName: null,
      schoolName: 'Brook Lane Junior School',
      lastReviewedOn: '2023-09-01',
      approvedOn: null,
      approvedBy: 'headteacher',
      nextReviewDue: '2024-09',
      reviewCycleMonths: 12,
      statutory: false,
      legislation: [],
      linkedPolicies: [],
      roles: ['headteacher'],
      eia: NO_EIA,
    });
    expect(warnings).toEqual([
      `"Review date: September 2024" read as the next review date because it comes after the policy's date (2023-09-01)`,
      `the policy's date ("Issue date: 1 September 2023", line 6) read as the date of its last review`,
      'review cycle not stated; read as every 12 months because the next review (2024-09) is one year after the last (2023-09-01)',
    ]);
  });

  it('reads a committee approval in prose, a cycle sentence and an EIA form (Northgate)', () => {
    const { detected, sources, warnings } = detectPolicy(policies.NORTHGATE_CHARGING);
    expect(detected).toEqual<DetectedPolicy>({
      title: 'Charging and Remissions Policy',
      trustName: 'Northgate Learning Trust',
      schoolName: null,
      lastReviewedOn: '2021-05-27',
      approvedOn: '2021-05-27',
      approvedBy: 'committee',
      nextReviewDue: '2024-05',
      reviewCycleMonths: 36,
      statutory: true,
      legislation: ['Education Act 1996'],
      linkedPolicies: [],
      roles: ['deputy-headteacher'],
      eia: { present: true, completedOn: '2021-05-20', fullAssessmentRequired: true },
    });
    expect(sources.reviewCycleMonths?.line).toBe(7);
    expect(sources.eia.present).toEqual({ line: 10, text: 'Initial Equality Impact Assessment' });
    expect(warnings).toContain(
      'no review date is given; the approval date (2021-05-27) read as the date of the last review',
    );
  });

  it.each<[string, Partial<DetectedPolicy>]>([
    [
      'Behaviour Policy\nDate adopted by governors: 12th March 2024',
      {
        approvedOn: '2024-03-12',
        approvedBy: 'local-governing-body',
        lastReviewedOn: '2024-03-12',
      },
    ],
    [
      'Behaviour Policy\nReview Date: Sept 2025  |  Approved: 10/09/2024 (LGB)',
      {
        nextReviewDue: '2025-09',
        approvedOn: '2024-09-10',
        approvedBy: 'local-governing-body',
        reviewCycleMonths: 12,
      },
    ],
    [
      'Behaviour Policy\n\nPolicy reviewed\n\nOctober 2023\n\nNext review\n\nOctober 2024',
      { lastReviewedOn: '2023-10', nextReviewDue: '2024-10', reviewCycleMonths: 12 },
    ],
    [
      'Behaviour Policy\nPolicy Approved By Governing Body: Spring Term 2024',
      { approvedOn: '2024-spring', approvedBy: 'local-governing-body' },
    ],
    ['Behaviour Policy\nTo be reviewed: annually', { reviewCycleMonths: 12, nextReviewDue: null }],
    [
      'Behaviour Policy\nLast review: 01/09/2023 Next review: 01/09/2024 Approved by: Trustees',
      { lastReviewedOn: '2023-09-01', nextReviewDue: '2024-09-01', approvedBy: 'trust-board' },
    ],
    [
      'COMPLAINTS PROCEDURE\nLast updated: 4th Jan 2024\nReview: every 2 years',
      { title: 'Complaints Procedure', lastReviewedOn: '2024-01-04', reviewCycleMonths: 24 },
    ],
    [
      'Accessibility Plan 2024-2027\nThis plan was approved by the full governing body on 5 February 2024 and will be reviewed every three years.',
      {
        title: 'Accessibility Plan 2024-2027',
        approvedOn: '2024-02-05',
        approvedBy: 'local-governing-body',
        reviewCycleMonths: 36,
      },
    ],
    [
      'E-Safety Policy\nDate\t\tMay 2023\nRatified by Governors\t\tJune 2023\nNext review\t\tJune 2024',
      { lastReviewedOn: '2023-05', approvedOn: '2023-06', nextReviewDue: '2024-06' },
    ],
  ])('reads other wordings: %j', (text, expected) => {
    expect(detectPolicy(text).detected).toMatchObject(expected);
  });

  it('gives nulls and empty lists for what a document does not state', () => {
    const { detected, sources, warnings } = detectPolicy(policies.LUNCH_MENU);
    expect(detected).toMatchObject({
      lastReviewedOn: null,
      nextReviewDue: null,
      approvedBy: null,
      approvedOn: null,
      reviewCycleMonths: null,
      statutory: null,
      legislation: [],
      roles: [],
      eia: NO_EIA,
    });
    expect(sources.lastReviewedOn).toBeNull();
    expect(warnings).toEqual([]);
    expect(detectPolicy('').detected.title).toBeNull();
  });

  it('uses today to tell a future "Date of review" from a past one, and warns of odd dates', () => {
    const text = 'Behaviour Policy\nDate of review: March 2026\nApproved by: Governors';
    expect(detectPolicy(text, { today: '2025-06-01' }).detected).toMatchObject({
      lastReviewedOn: null,
      nextReviewDue: '2026-03',
    });
    expect(detectPolicy(text, { today: '2026-06-01' }).detected).toMatchObject({
      lastReviewedOn: '2026-03',
      nextReviewDue: null,
    });
    const odd = detectPolicy('Behaviour Policy\nLast reviewed: May 2027\nNext review: May 2026', {
      today: '2026-01-01',
    });
    expect(odd.warnings).toEqual(
      expect.arrayContaining([
        expect.stringContaining('is not after the last review'),
        'the last review date (2027-05) is in the future',
      ]),
    );
  });

  it('has a source for every detected value, parallel to the lists', () => {
    for (const text of Object.values(policies)) {
      const { detected, sources } = detectPolicy(text);
      for (const key of [
        'title',
        'trustName',
        'schoolName',
        'lastReviewedOn',
        'approvedOn',
        'approvedBy',
        'nextReviewDue',
        'reviewCycleMonths',
        'statutory',
      ] as const) {
        expect([key, sources[key] === null]).toEqual([key, detected[key] === null]);
      }
      expect(sources.legislation).toHaveLength(detected.legislation.length);
      expect(sources.linkedPolicies).toHaveLength(detected.linkedPolicies.length);
      expect(sources.roles).toHaveLength(detected.roles.length);
      const lines = text.split('\n');
      for (const source of [sources.title, sources.lastReviewedOn, ...sources.roles]) {
        if (source) expect(lines[source.line - 1]).toBe(source.text);
      }
    }
  });
});
