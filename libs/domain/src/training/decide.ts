import { optionalText, requireRecordDate, requireText } from '../input';
import { DecisionContext } from '../shared/decider';
import { InvalidValueError } from '../shared/domain-error';
import { refuseFutureDate } from '../time/not-in-future';
import { TrainingEvent, TrainingState } from './events';
import { isSafeguardingTitle } from './safeguarding';

/** The most hours one record may claim (a long course is several records). */
export const MAX_TRAINING_HOURS = 200;

/** Record training (stream `training-{trustId}`); the person is checked by the application. */
export interface RecordTraining {
  type: 'RecordTraining';
  data: { trustId: string; personId: string; completedOn: unknown; title: unknown; provider?: unknown; hours?: unknown };
}

export type TrainingCommand = RecordTraining;

export function decideTraining(command: TrainingCommand, _state: TrainingState, context: DecisionContext): TrainingEvent[] {
  const { data } = command;
  const completedOn = requireRecordDate(data.completedOn, 'completedOn');
  refuseFutureDate(completedOn, 'completedOn', context.today);
  const title = requireText(data.title, 'title', { max: 300 });
  const provider = optionalText(data.provider, 'provider', { max: 200 });
  const hours = optionalHours(data.hours);
  return [
    {
      type: 'TrainingRecorded',
      data: { trustId: data.trustId, personId: data.personId, completedOn, title, provider, hours, safeguarding: isSafeguardingTitle(title), recordedBy: context.actorId },
    },
  ];
}

function optionalHours(value: unknown): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > MAX_TRAINING_HOURS || Math.round(value * 4) !== value * 4) {
    throw new InvalidValueError('hours', `hours must be a number of hours above 0 and at most ${MAX_TRAINING_HOURS}, in quarter hours (1.5, 2.25).`);
  }
  return value;
}
