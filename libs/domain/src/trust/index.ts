export * from './school-values';
export * from './trust-commands';
export * from './trust-decider';
export * from './trust-events';
export * from './trust-state';
