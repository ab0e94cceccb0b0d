export * from './kinds';
export * from './events';
export * from './decide';
export * from './decider';
export * from './renewal';
export * from './current-interests';
export * from './records-to-renew';
