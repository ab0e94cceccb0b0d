export * from './projection';
export * from './projection-state';
export * from './projection-runner';
export * from './rebuild';
export * from './read-model-hash';
export * from './read-models/audit-trail.projection';
export * from './all-projections';
