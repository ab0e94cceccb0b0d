export * from './events';
export * from './requirement';
export * from './progress-visibility';
export * from './reading-state';
export * from './decide';
export * from './reminder-step';
