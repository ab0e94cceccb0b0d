export * from './import';
export * from './minutes';
export * from './attach/attachable-document';
