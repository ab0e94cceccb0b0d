import { DecisionContext, assertNever } from '../shared/decider';
import { InvalidValueError } from '../shared/domain-error';
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
    /** The log position the pack was built at (decimal). */
    builtAt: string;
    /** SHA-256 (hex) of the bytes sent, and of the pack's JSON form. */
    sha256: string;
    inputsSha256: string;
    /** The pack carries the read-and-acknowledge section. */
    readAndAcknowledge?: boolean;
  };
}

const SHA256_HEX = /^[0-9a-f]{64}$/;
const POSITION = /^(0|[1-9][0-9]{0,30})$/;

function requirePattern(value: string, pattern: RegExp, field: string, what: string): string {
  if (!pattern.test(value)) throw new InvalidValueError(field, `${field} must be ${what}.`);
  return value;
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
            builtAt: requirePattern(data.builtAt, POSITION, 'builtAt', 'a log position'),
            sha256: requirePattern(data.sha256, SHA256_HEX, 'sha256', 'a SHA-256 in hex'),
            inputsSha256: requirePattern(data.inputsSha256, SHA256_HEX, 'inputsSha256', 'a SHA-256 in hex'),
            ...(data.readAndAcknowledge === true ? { readAndAcknowledge: true as const } : {}),
          },
        },
      ];
    }
    default:
      return assertNever(command.type);
  }
}
