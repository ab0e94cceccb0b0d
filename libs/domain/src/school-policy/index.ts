export * from './eia';
export * from './evaluation';
export * from './events';
export * from './decide';
export * from './decider';
export * from './owner';
