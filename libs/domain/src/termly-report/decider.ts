import { Decider } from '../shared/decider';
import { TermlyReportCommand, decideTermlyReport } from './decide';
import {
  TermlyReportEvent,
  TermlyReportState,
  evolveTermlyReport,
  initialTermlyReportState,
} from './events';

/** A school's termly report for one term, stream `termly-{schoolId}.{term}` (streamIds.termlyReport). */
export const termlyReportDecider: Decider<
  TermlyReportCommand,
  TermlyReportEvent,
  TermlyReportState
> = {
  decide: decideTermlyReport,
  evolve: evolveTermlyReport,
  initialState: initialTermlyReportState,
};
