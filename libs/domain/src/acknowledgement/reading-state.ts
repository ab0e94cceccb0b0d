import { LocalDate } from '../time/local-date';
import { ReadingEvent } from './events';

/** One person's acknowledgements: the day each school's version of a policy was acknowledged. */
export interface ReadingState {
  acknowledged: ReadonlyMap<string, LocalDate>;
}

export const initialReadingState = (): ReadingState => ({ acknowledged: new Map() });

/** The key of one acknowledgement: a version of a policy at one school. */
export const acknowledgementKey = (schoolId: string, policyId: string, version: number): string =>
  `${schoolId}.${policyId}.${version}`;

export function evolveReading(state: ReadingState, event: ReadingEvent): ReadingState {
  if (event.type !== 'PolicyAcknowledged') return state;
  const { schoolId, policyId, version, acknowledgedOn } = event.data;
  const acknowledged = new Map(state.acknowledged);
  acknowledged.set(acknowledgementKey(schoolId, policyId, version), acknowledgedOn);
  return { acknowledged };
}
