export * from './policy-values';
export * from './policy-reviewed';
export * from './events';
export * from './decide';
export * from './decider';
export * from './policy-facts';
export * from './review-rules';
export * from './import-rules';
