export * from './scheme';
export * from './check';
