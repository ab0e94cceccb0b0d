export * from './events';
export * from './decide';
export * from './decider';
export * from './safeguarding';
