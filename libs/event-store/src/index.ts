export * from './event-store';
export * from './errors';
export * from './expected-revision';
export * from './catch-up-subscription';
export * from './sqlite-event-store';
export * from './eventstoredb-event-store';
export * from './hash-chain';
export * from './json-text';
