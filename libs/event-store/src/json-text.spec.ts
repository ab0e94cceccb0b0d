import { jsonTextOf, parseJsonKeepingText } from './json-text';

describe('JSON text kept beside parsed values', () => {
  it('answers the text an object was parsed from, which is what JSON.stringify gives for stored data', () => {
    const text = JSON.stringify({ b: 1, a: ['x', { c: null }], é: 'ü\u2028' });
    const value = parseJsonKeepingText<object>(text);
    expect(jsonTextOf(value)).toBe(text);
    expect(jsonTextOf(value)).toBe(JSON.stringify(value));
  });

  it('stringifies values it did not parse, copies and primitives', () => {
    const value = parseJsonKeepingText<{ a: number }>('{"a":1}');
    expect(jsonTextOf({ ...value, a: 2 })).toBe('{"a":2}');
    expect(jsonTextOf({ z: [1] })).toBe('{"z":[1]}');
    expect(jsonTextOf(parseJsonKeepingText<number>('3'))).toBe('3');
    expect(jsonTextOf(null)).toBe('null');
  });

  it('leaves the parsed value a plain object (nothing visible to equality or spreading)', () => {
    const value = parseJsonKeepingText<Record<string, unknown>>('{"a":1}');
    expect(value).toEqual({ a: 1 });
    expect(Object.getOwnPropertySymbols(value)).toEqual([]);
    expect(Object.getOwnPropertyNames(value)).toEqual(['a']);
  });
});
