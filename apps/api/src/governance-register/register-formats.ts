import { Offer } from '../exports/accept';

export const REGISTER_FORMATS = ['json', 'csv', 'html'] as const;
export type RegisterFormat = (typeof REGISTER_FORMATS)[number];

/** What the governance register route serves, JSON first (the answer to `Accept: *\/*` or none). */
export const REGISTER_OFFERS: readonly Offer<RegisterFormat>[] = [
  { format: 'json', type: 'application/json' },
  { format: 'csv', type: 'text/csv' },
  { format: 'html', type: 'text/html' },
];
