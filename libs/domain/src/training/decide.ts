import { optionalText, requireRecordDate, requireText } from '../input';
import { DecisionContext } from '../shared/decider';
import { InvalidValueError } from '../shared/domain-error';
import { refuseFutureDate } from '../time/not-in-future';
import { LocalDate } from '../time/local-date';
import { TrainingEvent, TrainingState, TrainingText } from './events';
import { isSafeguardingTitle } from './safeguarding';

/** The most hours one record may claim (a long course is several records). */
export const MAX_TRAINING_HOURS = 200;

/** Record training (stream `training-{trustId}`); the person is checked by the application. */
export interface RecordTraining {
  type: 'RecordTraining';
  data: { trustId: string; personId: string; recordId: string; completedOn: unknown; title: unknown; provider?: unknown; hours?: unknown };
}

/** A training record checked: its date (not after today), texts and hours. */
export interface CheckedTraining extends TrainingText {
  completedOn: LocalDate;
  hours: number | null;
}

export type TrainingCommand = RecordTraining;

export function decideTraining(command: TrainingCommand, _state: TrainingState, context: DecisionContext): TrainingEvent[] {
  const { data } = command;
  const { completedOn, title, hours } = checkTraining(data, context.today);
  return [
    {
      type: 'TrainingRecorded',
      data: { trustId: data.trustId, personId: data.personId, recordId: data.recordId, completedOn, hours, safeguarding: isSafeguardingTitle(title), recordedBy: context.actorId },
    },
  ];
}

/** The checks a record must pass; the application also runs them before keeping the texts. */
export function checkTraining(input: { completedOn: unknown; title: unknown; provider?: unknown; hours?: unknown }, today: LocalDate): CheckedTraining {
  const completedOn = requireRecordDate(input.completedOn, 'completedOn');
  refuseFutureDate(completedOn, 'completedOn', today);
  return {
    completedOn,
    title: requireText(input.title, 'title', { max: 300 }),
    provider: optionalText(input.provider, 'provider', { max: 200 }),
    hours: optionalHours(input.hours),
  };
}

function optionalHours(value: unknown): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > MAX_TRAINING_HOURS || Math.round(value * 4) !== value * 4) {
    throw new InvalidValueError('hours', `hours must be a number of hours above 0 and at most ${MAX_TRAINING_HOURS}, in quarter hours (1.5, 2.25).`);
  }
  return value;
}
