export * from './incident-categories';
export * from './training';
export * from './events';
export * from './decide';
export * from './decider';
