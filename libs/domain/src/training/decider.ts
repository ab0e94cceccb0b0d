import { Decider } from '../shared/decider';
import { decideTraining, TrainingCommand } from './decide';
import { evolveTraining, initialTrainingState, TrainingEvent, TrainingState } from './events';

/** The trust's training records. Stream `training-{trustId}` (streamIds.training). */
export const trainingDecider: Decider<TrainingCommand, TrainingEvent, TrainingState> = {
  decide: decideTraining,
  evolve: evolveTraining,
  initialState: initialTrainingState,
};
