export * from './recorded-late';
