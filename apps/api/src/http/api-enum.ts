/**
 * The values of a string union as an OpenAPI enum list. The record makes the compiler check that
 * no value is missing or extra, so the documented enum follows the type.
 */
export const enumOf = <T extends string>(values: Record<T, true>): T[] => Object.keys(values) as T[];
