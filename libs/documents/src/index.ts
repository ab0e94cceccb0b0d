export * from './import';
export * from './minutes';
export * from './attach/attachable-document';
export { storedZip } from './import/stored-zip';
export { unzipBounded, UnpackLimitError } from './import/bounded-unzip';
export * from './meetings';
