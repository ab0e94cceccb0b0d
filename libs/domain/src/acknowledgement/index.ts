export * from './events';
export * from './requirement';
export * from './progress-visibility';
export * from './reminder-step';
