import { DomainEvent } from '../shared/decider';
import { TermId } from '../time/term';
import { IncidentCounts } from './incident-categories';

/**
 * The headteacher's report to governors for one term, stream `termly-{schoolId}.{term}`.
 * Submitting again supersedes the previous submission; both stay in the log.
 */
export type TermlyReportSubmittedData = {
  schoolId: string;
  term: TermId;
  /** 1 for the first submission for the term, then 2, 3, ... */
  submission: number;
  /** The submission this one replaces (the previous number), or null for the first. */
  supersedes: number | null;
  summary: string;
  incidents: IncidentCounts;
  training: string[];
  submittedBy: string;
};
export type TermlyReportSubmitted = DomainEvent<'TermlyReportSubmitted', TermlyReportSubmittedData>;

export type TermlyReportEvent = TermlyReportSubmitted;

/** Every event type of the termly-report stream. */
export const TERMLY_REPORT_EVENT_TYPES: readonly TermlyReportEvent['type'][] = [
  'TermlyReportSubmitted',
];

export interface TermlyReportState {
  /** How many times the report for this term has been submitted. */
  submissions: number;
}

export function initialTermlyReportState(): TermlyReportState {
  return { submissions: 0 };
}

export function evolveTermlyReport(
  state: TermlyReportState,
  event: TermlyReportEvent,
): TermlyReportState {
  switch (event.type) {
    case 'TermlyReportSubmitted':
      return { submissions: Math.max(state.submissions, event.data.submission) };
    default: {
      // Compile-time exhaustiveness; at run time an unknown event type leaves the state as it is.
      const _unknown: never = event.type;
      return state;
    }
  }
}
