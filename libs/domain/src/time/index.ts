export * from './local-date';
export * from './not-in-future';
export * from './term';
export * from './term-calendar';
export * from './review-cycle';
export * from './due-date';
export * from './term-window';
