import { MinutesFormat, minutesFormats } from '@governance/domain';
import { Offer } from '../exports/accept';

export type { MinutesFormat };
export const MINUTES_FORMATS = minutesFormats;

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** What the minutes inputs route serves, JSON first (the answer to `Accept: *\/*` or none). */
export const MINUTES_OFFERS: readonly Offer<MinutesFormat>[] = [
  { format: 'json', type: 'application/json' },
  { format: 'markdown', type: 'text/markdown' },
  { format: 'docx', type: DOCX_TYPE },
];
