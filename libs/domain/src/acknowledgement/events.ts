import { LocalDate } from '../time/local-date';

/**
 * A member of staff confirmed they have read the version in force of a school's policy.
 * Stream `reading-{personId}`: one person's acknowledgements, so "once per version" is decided on a
 * short stream and 200,000 acknowledgements a year never contend. Ids, version and date only.
 */
export interface PolicyAcknowledged {
  type: 'PolicyAcknowledged';
  data: {
    personId: string;
    schoolId: string;
    policyId: string;
    version: number;
    acknowledgedOn: LocalDate;
  };
}

export type ReadingEvent = PolicyAcknowledged;

export const READING_EVENT_TYPES: readonly ReadingEvent['type'][] = ['PolicyAcknowledged'];

export const readingStream = (personId: string): string => `reading-${personId}`;
