export * from './agenda-outline';
export * from './minutes-outline';
export * from './render';
