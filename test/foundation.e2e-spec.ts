import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { storeUnderTest } from './support/event-store-under-test';
import { startTestApp, TestApp } from './support/test-app';

describe('foundation (HTTP)', () => {
  let subject: TestApp;
  beforeEach(async () => {
    subject = await startTestApp();
  });
  afterEach(async () => {
    await subject.close();
  });

  it('answers health with the store kind and head position, keeping the store in DATA_DIR', async () => {
    const response = await subject.http.get('/api/health').expect(200);
    expect(response.body).toMatchObject({ status: 'ok', eventStore: storeUnderTest });
    expect(response.body.position).toMatch(/^\d+$/);
    expect(existsSync(join(subject.dataDir, 'events.db'))).toBe(storeUnderTest === 'sqlite');
  });

  it('answers unknown routes with a problem document', async () => {
    const response = await subject.http.get('/api/no-such-route').expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 404, title: 'Not Found', type: 'about:blank' });
    expect(typeof response.body.detail).toBe('string');
  });

  it('answers malformed JSON with 400 and an oversized body with 413', async () => {
    const malformed = await subject.http
      .post('/api/health')
      .set('Content-Type', 'application/json')
      .send('{"name": ')
      .expect(400);
    expect(malformed.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(malformed.body.detail).toBe('The request body is not valid JSON.');
    expect(JSON.stringify(malformed.body)).not.toMatch(/at .*\.js|node_modules/);

    const big = JSON.stringify({ text: 'x'.repeat(2 * 1024 * 1024) });
    const tooLarge = await subject.http.post('/api/health').set('Content-Type', 'application/json').send(big);
    expect(tooLarge.status).toBe(413);
  });

  it('serves the OpenAPI document', async () => {
    const response = await subject.http.get('/api/docs-json').expect(200);
    expect(response.body.openapi).toMatch(/^3\./);
    expect(Object.keys(response.body.paths)).toContain('/api/health');
  });

  it('shows each projection and its lag in health', async () => {
    const response = await subject.http.get('/api/health').expect(200);
    expect(response.body.projections).toContainEqual(
      expect.objectContaining({ name: 'audit-trail', status: 'running', lag: '0' }),
    );
  });

  it('makes a read wait for X-Min-Position: 400 when malformed, 503 when not reached within 5 s', async () => {
    const malformed = await subject.http.get('/api/health').set('X-Min-Position', 'latest').expect(400);
    expect(malformed.body.errors).toEqual([{ field: 'X-Min-Position', message: 'must be a whole number' }]);
    await subject.http.get('/api/health').set('X-Min-Position', '0').expect(200);
    const started = Date.now();
    const lagging = await subject.http.get('/api/health').set('X-Min-Position', '999999');
    expect(lagging.status).toBe(503);
    expect(Date.now() - started).toBeGreaterThanOrEqual(4900);
  });

  it('sends security headers and no CORS permission to other origins', async () => {
    const response = await subject.http.get('/api/health').set('Origin', 'https://evil.example');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBeDefined();
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('echoes a request id', async () => {
    const response = await subject.http.get('/api/health').set('X-Request-Id', 'abc-123');
    expect(response.headers['x-request-id']).toBe('abc-123');
  });
});

describe('restart', () => {
  it('reports the same head position after a restart on the same DATA_DIR', async () => {
    const first = await startTestApp();
    const { EVENT_STORE } = await import('@governance/event-store');
    const store = first.app.get(EVENT_STORE);
    await store.appendToStream('test-restart', [{ id: crypto.randomUUID(), type: 'T', data: {}, metadata: {} }], {
      expectedRevision: 'no-stream',
    });
    const before = (await first.http.get('/api/health')).body.position;
    expect(before).not.toBe('0');
    await first.close({ keepData: true });

    const second = await startTestApp({}, first.dataDir);
    expect((await second.http.get('/api/health')).body.position).toBe(before);
    await second.close();
  });
});
