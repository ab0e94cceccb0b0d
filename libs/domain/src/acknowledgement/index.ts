export * from './events';
export * from './requirement';
export * from './reading-state';
export * from './decide';
