/** The bodies a person is appointed to: the members, the trust board, an academy's local governing body, or a named committee. */
export const appointmentBodies = ['members', 'trust-board', 'local-governing-body', 'committee'] as const;
export type AppointmentBody = (typeof appointmentBodies)[number];

/** The roles a person holds on a body. */
export const appointmentRoles = [
  'chair',
  'vice-chair',
  'trustee',
  'member',
  'parent-governor',
  'staff-governor',
  'co-opted',
  'foundation',
  'local-authority',
  'headteacher',
] as const;
export type AppointmentRole = (typeof appointmentRoles)[number];

/** Who usually appoints (the form's suggestions; any text is accepted). */
export const appointingBodySuggestions = ['Members', 'Trust board', 'Parents (election)', 'Staff (election)', 'Local governing body', 'Diocese', 'Local authority', 'Ex officio'] as const;

/** The usual maximum term of office (model articles: four years); a longer term is refused. */
export const MAX_TERM_YEARS = 4;
