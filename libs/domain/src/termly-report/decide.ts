import { DecisionContext, assertNever } from '../shared/decider';
import { requireText } from '../input';
import { parseTerm } from '../time/term';
import { refuseTermTooFarAhead } from '../time/term-window';
import { TermlyReportEvent, TermlyReportState } from './events';
import { IncidentCounts, parseIncidentCounts } from './incident-categories';
import { parseTraining } from './training';

/**
 * Submits the termly report of a school. The stream is per school and term
 * (`streamIds.termlyReport(schoolId, term)`): the application layer builds it from the term
 * read with `parseTerm`, so "Spring 2027" and "2027-spring" land in the same stream.
 */
export interface SubmitTermlyReport {
  type: 'SubmitTermlyReport';
  data: {
    schoolId: string;
    term: string;
    summary: string;
    incidents?: IncidentCounts;
    /** A list, or text with one item a line. */
    training?: string[] | string;
  };
}

export type TermlyReportCommand = SubmitTermlyReport;

export function decideTermlyReport(
  command: TermlyReportCommand,
  state: TermlyReportState,
  context: DecisionContext,
): TermlyReportEvent[] {
  switch (command.type) {
    case 'SubmitTermlyReport':
      return submit(command, state, context);
    default:
      return assertNever(command.type);
  }
}

function submit(
  { data }: SubmitTermlyReport,
  state: TermlyReportState,
  context: DecisionContext,
): TermlyReportEvent[] {
  const term = parseTerm(data.term, 'term');
  const summary = requireText(data.summary, 'summary', { max: 50_000 });
  const incidents = parseIncidentCounts(data.incidents, 'incidents');
  const training = parseTraining(data.training, 'training');
  refuseTermTooFarAhead(term, context.today);
  return [
    {
      type: 'TermlyReportSubmitted',
      data: {
        schoolId: data.schoolId,
        term,
        submission: state.submissions + 1,
        supersedes: state.submissions === 0 ? null : state.submissions,
        summary,
        incidents,
        training,
        submittedBy: context.actorId,
      },
    },
  ];
}
