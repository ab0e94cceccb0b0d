export * from './catalogue-entry';
export * from './statutory-catalogue';
export * from './lookup';
export * from './policy-words';
