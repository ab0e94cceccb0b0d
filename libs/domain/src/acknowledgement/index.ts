export * from './events';
export * from './requirement';
