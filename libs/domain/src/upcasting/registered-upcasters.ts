import { createUpcaster, UpcastStep } from './upcaster';

/**
 * Every real shape change of a stored event, oldest first. None yet: every event type is at
 * version 1. When an event's data changes shape, add a step here (and a spec beside it) rather
 * than teaching deciders or read models the old shape.
 */
export const REGISTERED_UPCAST_STEPS: readonly UpcastStep[] = [];

/** The upcaster production reads through; tests build their own with createUpcaster. */
export const defaultUpcaster = createUpcaster(REGISTERED_UPCAST_STEPS);
