export * from './csv';
export * from './staff-header';
export * from './staff-lines';
export * from './staff-diff';
export * from './staff-file';
export * from './staff-import-events';
export * from './staff-refusals';
