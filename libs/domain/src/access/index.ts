export * from './actor';
export * from './access-entry';
export * from './access-table';
export * from './decide-access';
export * from './access-facts';
export * from './may';
