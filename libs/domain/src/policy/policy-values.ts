/** Who a policy applies to: one document for the whole trust, or one per school. */
export const policyScopes = ['trust', 'school'] as const;
export type PolicyScope = (typeof policyScopes)[number];

/**
 * The bodies that approve policies under a trust's scheme of delegation. A Full Governing
 * Body or LGB is `local-governing-body`; a trust, trustee or directors' board is `trust-board`.
 */
export const approvers = [
  'trust-board',
  'local-governing-body',
  'headteacher',
  'committee',
] as const;
export type Approver = (typeof approvers)[number];

/** What a review concluded. */
export const reviewOutcomes = ['no-change', 'amended'] as const;
export type ReviewOutcome = (typeof reviewOutcomes)[number];
