export * from './decider';
export * from './domain-error';
export * from './stream-ids';
export * from './number-words';
