import express from 'express';
import request from 'supertest';
import { jsonOnce } from './json-once';

describe('jsonOnce', () => {
  // Express's own default tagger: a kept answer must be tagged as Express would tag its text.
  const expressEtag = express().get('etag fn') as (body: string, encoding: string) => string;

  it.each([{}, { name: 'Ørsted Academy — “Ysgol”' }, { rows: Array.from({ length: 500 }, (_, i) => ({ i })) }])(
    'tags a kept (frozen) answer with the ETag Express gives the same text, and answers 304 to it (%#)',
    async (answer) => {
      const app = express();
      const kept = Object.freeze(answer);
      app.get('/', (_req, res) => {
        res.send(jsonOnce(res, kept));
      });
      const first = await request(app).get('/').expect(200);
      const text = JSON.stringify(answer);
      expect(first.text).toBe(text);
      expect(first.headers.etag).toBe(expressEtag(text, 'utf8'));
      const again = await request(app).get('/').expect(200);
      expect(again.headers.etag).toBe(first.headers.etag);
      await request(app).get('/').set('If-None-Match', first.headers.etag as string).expect(304);
    },
  );
});
