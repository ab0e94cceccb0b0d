export * from './events';
export * from './decide';
export * from './decider';
export * from './source';
export * from './owner';
export * from './visit-actions';
export * from './source-words';
