export * from './audit-trail.query';
export * from './compliance.query';
export * from './policy-register.query';
export * from './schools.query';
export * from './trust-policies.query';
export * from './minutes-inputs';
export * from './known-at-position';
export * from './recorded-late.query';
