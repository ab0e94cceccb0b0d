export * from './types';
export * from './minutes-inputs.query';
export { approverName } from './decisions';
