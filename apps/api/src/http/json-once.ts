import type { Response } from 'express';

const texts = new WeakMap<object, string>();

/**
 * The JSON text to send for an answer, serialised once when the answer is a remembered one
 * (the read-model memo freezes what it keeps): the dashboard read again and again is then a
 * lookup instead of a JSON.stringify of every school's figures. Other values are serialised
 * each time, as Express would.
 */
export function jsonOnce(response: Response, value: object): string {
  let text = texts.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    if (Object.isFrozen(value)) texts.set(value, text);
  }
  response.type('application/json');
  return text;
}
