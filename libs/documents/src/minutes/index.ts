export * from './outline';
export * from './markdown';
export * from './docx';
export * from './file-name';
export { longDate, slug } from './format';
