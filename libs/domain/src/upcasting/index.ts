export * from './upcaster';
export * from './registered-upcasters';
