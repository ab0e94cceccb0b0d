import express from 'express';
import { weakEtagOf } from './weak-etag';

describe('weakEtagOf', () => {
  // Express's own default tagger: a kept answer must be tagged as Express would tag its text.
  const expressEtag = express().get('etag fn') as (body: string, encoding: string) => string;

  it.each(['', '{}', '{"name":"Ørsted Academy — “Ysgol”"}', JSON.stringify({ rows: Array.from({ length: 500 }, (_, i) => ({ i })) })])(
    'gives the ETag Express gives the same text (%#)',
    (text) => {
      expect(weakEtagOf(text)).toBe(expressEtag(text, 'utf8'));
    },
  );
});
