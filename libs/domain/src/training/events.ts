import { LocalDate } from '../time/local-date';
import { EntryWithdrawn } from '../withdrawal/events';

/**
 * Training a person completed, kept as given. `safeguarding` is decided when it is recorded
 * (its title mentions safeguarding), so a later change of that rule does not reread history.
 * Stream `training-{trustId}`. The title and provider are kept under `recordId` in the people
 * directory, outside the log, so erasing the person erases them.
 */
export interface TrainingRecorded {
  type: 'TrainingRecorded';
  data: {
    trustId: string;
    personId: string;
    recordId: string;
    completedOn: LocalDate;
    hours: number | null;
    safeguarding: boolean;
    recordedBy: string;
  };
}

export type TrainingEvent = TrainingRecorded | EntryWithdrawn;

export type TrainingRecord = Omit<TrainingRecorded['data'], 'trustId'>;

export interface TrainingState {
  records: readonly TrainingRecord[];
}

export const initialTrainingState = (): TrainingState => ({ records: [] });

export function evolveTraining(state: TrainingState, event: TrainingEvent): TrainingState {
  if (event.type === 'EntryWithdrawn') {
    // A training record withdrawn through the corrections route (recorded by mistake) stops counting.
    const { entryType, entry } = event.data;
    return entryType === 'TrainingRecorded' ? { records: state.records.filter((record) => record.recordId !== entry.recordId) } : state;
  }
  const { trustId: _trustId, ...record } = event.data;
  return { records: [...state.records, record] };
}

/** One person's training, latest first. */
export function trainingOf(state: TrainingState, personId: string): TrainingRecord[] {
  return state.records
    .map((record, order) => ({ record, order }))
    .filter(({ record }) => record.personId === personId)
    .sort((a, b) => b.record.completedOn.localeCompare(a.record.completedOn) || b.order - a.order)
    .map(({ record }) => record);
}

/** The personal text of a training record, kept in the people directory. */
export interface TrainingText {
  title: string;
  provider: string | null;
}
