/** Stream names, one per consistency boundary (DESIGN.md, "The write side"). */
export const streamIds = {
  trust: (trustId: string) => `trust-${trustId}`,
  school: (schoolId: string) => `school-${schoolId}`,
  person: (personId: string) => `person-${personId}`,
  policy: (policyId: string) => `policy-${policyId}`,
  schoolPolicy: (schoolId: string, policyId: string) => `schoolpolicy-${schoolId}.${policyId}`,
  linkGovernance: (schoolId: string) => `linkgov-${schoolId}`,
  action: (actionId: string) => `action-${actionId}`,
  termlyReport: (schoolId: string, term: string) => `termly-${schoolId}.${term}`,
  meeting: (meetingId: string) => `meeting-${meetingId}`,
  appointments: (trustId: string) => `appointments-${trustId}`,
  interests: (trustId: string) => `interests-${trustId}`,
  training: (trustId: string) => `training-${trustId}`,
} as const;
