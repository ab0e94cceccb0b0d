export * from './review-facts';
export * from './next-review';
export * from './review-status';
export * from './eia-status';
