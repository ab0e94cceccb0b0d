/**
 * The kinds of interest a trust's register of business and pecuniary interests records
 * (Academy Trust Handbook: directorships, partnerships, employment, significant shareholdings,
 * governance roles elsewhere, relationships with staff or members, dealings with the trust).
 */
export const INTEREST_KINDS = [
  'directorship',
  'employment',
  'shareholding',
  'trusteeship-or-governorship-elsewhere',
  'relationship-with-staff-or-member',
  'contract-or-supplier',
  'other',
] as const;

export type InterestKind = (typeof INTEREST_KINDS)[number];
