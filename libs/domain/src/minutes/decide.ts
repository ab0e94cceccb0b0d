import { DecisionContext, assertNever } from '../shared/decider';
import { requireChoice, requireText } from '../input';
import { parseTerm } from '../time/term';
import { MinutesEvent, MinutesState, minutesFormats } from './events';

/** Records that a pack of minutes inputs was generated (nothing refuses it: reading is allowed). */
export interface RecordMinutesInputsGenerated {
  type: 'RecordMinutesInputsGenerated';
  data: {
    trustId: string;
    /** A term in any form `parseTerm` reads. */
    term: string;
    /** Absent or null for the trust board's pack. */
    schoolId?: string | null;
    format: string;
  };
}

export type MinutesCommand = RecordMinutesInputsGenerated;

export function decideMinutes(
  command: MinutesCommand,
  _state: MinutesState,
  context: DecisionContext,
): MinutesEvent[] {
  switch (command.type) {
    case 'RecordMinutesInputsGenerated': {
      const { data } = command;
      const schoolId =
        data.schoolId === undefined || data.schoolId === null
          ? null
          : requireText(data.schoolId, 'schoolId', { max: 200 });
      return [
        {
          type: 'MinutesInputsGenerated',
          data: {
            trustId: requireText(data.trustId, 'trustId', { max: 200 }),
            term: parseTerm(data.term, 'term'),
            body: schoolId === null ? 'trust-board' : 'local-governing-body',
            schoolId,
            format: requireChoice(data.format, minutesFormats, 'format'),
            generatedBy: context.actorId,
            generatedOn: context.today,
          },
        },
      ];
    }
    default:
      return assertNever(command.type);
  }
}
