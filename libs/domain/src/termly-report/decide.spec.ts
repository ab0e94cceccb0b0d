import { fold } from '../shared/decider';
import { InvalidValueError } from '../shared/domain-error';
import { deciderSpec, testContext } from '../testing/decider-spec';
import { TermlyReportCommand } from './decide';
import { termlyReportDecider } from './decider';
import { TermlyReportEvent } from './events';

/** testContext: today 2026-11-24 (Autumn 2026), actor person-tester. */
const spec = deciderSpec(termlyReportDecider);
const schoolId = 'sch-libra';

const submitted = (submission: number, summary = 'A calm term'): TermlyReportEvent => ({
  type: 'TermlyReportSubmitted',
  data: {
    schoolId,
    term: '2026-autumn',
    submission,
    supersedes: submission === 1 ? null : submission - 1,
    summary,
    incidents: {},
    training: [],
    submittedBy: 'person-head',
  },
});

function failure(command: TermlyReportCommand): unknown {
  try {
    termlyReportDecider.decide(command, fold(termlyReportDecider, []), testContext);
  } catch (error) {
    return error;
  }
  throw new Error('expected the command to fail');
}

describe('SubmitTermlyReport', () => {
  it('submits the first report for a term with incident counts and training as a list', () =>
    spec
      .given([])
      .when(
        {
          type: 'SubmitTermlyReport',
          data: {
            schoolId,
            term: 'Autumn term 2026',
            summary: 'Attendance 95.2%; new e-Safety lead in post.',
            incidents: {
              'complaints-about-school': 2,
              'racist-or-homophobic-comments': 0,
              'e-safety': 3,
            },
            training: ['KCSIE 2026 update (all staff)', 'Prevent refresher'],
          },
        },
        { actorId: 'person-head' },
      )
      .then([
        {
          type: 'TermlyReportSubmitted',
          data: {
            schoolId,
            term: '2026-autumn',
            submission: 1,
            supersedes: null,
            summary: 'Attendance 95.2%; new e-Safety lead in post.',
            incidents: {
              'complaints-about-school': 2,
              'racist-or-homophobic-comments': 0,
              'e-safety': 3,
            },
            training: ['KCSIE 2026 update (all staff)', 'Prevent refresher'],
            submittedBy: 'person-head',
          },
        },
      ]));

  it('supersedes the first submission with a second, numbered 2, both staying in the log', () =>
    spec
      .given([submitted(1)])
      .when({
        type: 'SubmitTermlyReport',
        data: {
          schoolId,
          term: '2026-autumn',
          summary: 'Corrected figures',
          training: '- First aid\n\n• Online safety\r\n',
        },
      })
      .then([
        {
          type: 'TermlyReportSubmitted',
          data: {
            schoolId,
            term: '2026-autumn',
            submission: 2,
            supersedes: 1,
            summary: 'Corrected figures',
            incidents: {},
            training: ['First aid', 'Online safety'],
            submittedBy: 'person-tester',
          },
        },
      ]));

  it('numbers a third submission 3, superseding the second', () =>
    spec
      .given([submitted(1), submitted(2)])
      .when({
        type: 'SubmitTermlyReport',
        data: { schoolId, term: '2026-autumn', summary: 'Final' },
      })
      .then([
        {
          ...submitted(3, 'Final'),
          data: { ...submitted(3, 'Final').data, submittedBy: 'person-tester' },
        },
      ]));

  it('accepts next term (a report prepared early) and a past term', () => {
    spec
      .given([])
      .when({
        type: 'SubmitTermlyReport',
        data: { schoolId, term: 'Spring 2027', summary: 'Early' },
      })
      .then([
        {
          type: 'TermlyReportSubmitted',
          data: {
            schoolId,
            term: '2027-spring',
            submission: 1,
            supersedes: null,
            summary: 'Early',
            incidents: {},
            training: [],
            submittedBy: 'person-tester',
          },
        },
      ]);
    expect(
      termlyReportDecider.decide(
        { type: 'SubmitTermlyReport', data: { schoolId, term: 'Summer 2025', summary: 'Late' } },
        termlyReportDecider.initialState(),
        testContext,
      )[0].data.term,
    ).toBe('2025-summer');
  });

  it('refuses a term beyond the next one', () =>
    spec
      .given([])
      .when({
        type: 'SubmitTermlyReport',
        data: { schoolId, term: '2027-summer', summary: 'Too early' },
      })
      .thenThrows('term-too-far-ahead'));

  it.each([
    ['incidents.e-safety', { incidents: { 'e-safety': -1 } }],
    ['incidents.complaints-about-school', { incidents: { 'complaints-about-school': 1.5 } }],
    ['incidents.e-safety', { incidents: { 'e-safety': '3' } }],
    ['incidents', { incidents: [3] }],
    ['incidents', { incidents: { ' ': 1 } }],
    ['incidents.e-safety', { incidents: { 'e-safety': 1, ' e-safety ': 2 } }],
    ['training', { training: 42 }],
    ['training[1]', { training: ['First aid', ''] }],
    ['summary', { summary: '' }],
    ['term', { term: 'Lent 2027' }],
  ])('refuses malformed input as a 400 naming %s', (field, change) => {
    const error = failure({
      type: 'SubmitTermlyReport',
      data: { schoolId, term: '2026-autumn', summary: 'Summary', ...(change as object) },
    } as TermlyReportCommand);
    expect(error).toBeInstanceOf(InvalidValueError);
    expect((error as InvalidValueError).field).toBe(field);
  });
});

describe('termly report events', () => {
  it('are plain JSON: storing and reading them back changes nothing', () => {
    const events = termlyReportDecider.decide(
      {
        type: 'SubmitTermlyReport',
        data: {
          schoolId,
          term: 'Autumn 2026',
          summary: 's',
          incidents: { 'e-safety': 1 },
          training: 'First aid',
        },
      },
      fold(termlyReportDecider, [submitted(1)]),
      testContext,
    );
    expect(JSON.parse(JSON.stringify(events))).toStrictEqual(events);
  });
});
