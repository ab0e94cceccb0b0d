import { DecisionContext, assertNever } from '../shared/decider';
import { InvalidValueError } from '../shared/domain-error';
import { requireText } from '../input';
import { parseLocalDate } from '../time/local-date';
import { EvidencePackEvent, EvidencePackState } from './events';

/** Records that a school's evidence pack was taken (nothing refuses it: reading is allowed). */
export interface RecordEvidencePackGenerated {
  type: 'RecordEvidencePackGenerated';
  data: { trustId: string; schoolId: string; asOf: string; position: string; manifestSha256: string };
}

export type EvidencePackCommand = RecordEvidencePackGenerated;

export function decideEvidencePack(command: EvidencePackCommand, _state: EvidencePackState, context: DecisionContext): EvidencePackEvent[] {
  switch (command.type) {
    case 'RecordEvidencePackGenerated': {
      const { data } = command;
      if (!/^\d{1,20}$/.test(data.position)) throw new InvalidValueError('position', 'must be a log position (digits)');
      if (!/^[0-9a-f]{64}$/.test(data.manifestSha256)) throw new InvalidValueError('manifestSha256', 'must be a SHA-256 in hex');
      return [
        {
          type: 'EvidencePackGenerated',
          data: {
            trustId: requireText(data.trustId, 'trustId', { max: 200 }),
            schoolId: requireText(data.schoolId, 'schoolId', { max: 200 }),
            asOf: parseLocalDate(data.asOf, 'asOf'),
            position: data.position,
            manifestSha256: data.manifestSha256,
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
