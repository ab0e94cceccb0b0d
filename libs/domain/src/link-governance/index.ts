export * from './events';
export * from './decide';
export * from './decider';
export * from './link-governor-candidates';
export * from './visit-follow-up';
