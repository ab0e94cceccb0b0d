export * from './values';
export * from './events';
export * from './term';
export * from './decide';
export * from './decider';
export * from './ending-soon';
