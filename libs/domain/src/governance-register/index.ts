export * from './register-entries';
export * from './register-attendance';
export * from './words';
