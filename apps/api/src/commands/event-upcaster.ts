/**
 * Replaces the default upcaster (`defaultUpcaster` from the domain) where stored events are
 * folded or projected: a test app can provide one that reads events of an old shape.
 */
export const EVENT_UPCASTER = Symbol('EVENT_UPCASTER');
