export * from './import';
export * from './minutes';
