/**
 * Checks of command input shared by the deciders. Malformed input throws InvalidValueError
 * (HTTP 400) naming the field; these are internal helpers, not exported from the library.
 */
export * from './text';
export * from './choice';
export * from './number';
export * from './date';
export * from './link';
