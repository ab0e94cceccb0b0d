export * from './meeting-ref';
export * from './meeting-values';
export * from './events';
export * from './membership';
export * from './decision-rules';
export * from './decide';
export * from './quorum';
