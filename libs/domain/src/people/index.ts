export * from './person-commands';
export * from './person-decider';
export * from './person-events';
export * from './person-state';
export * from './roles';
export * from './credential-rules';
export * from './person-of-trust';
