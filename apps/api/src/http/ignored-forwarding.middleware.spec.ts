import type { Request, Response } from 'express';
import { warnOnceAboutIgnoredForwarding } from './ignored-forwarding.middleware';

describe('warnOnceAboutIgnoredForwarding', () => {
  const requestWith = (headers: Record<string, string>) =>
    ({ headers, socket: { remoteAddress: '127.0.0.1' } }) as unknown as Request;

  it('warns once, naming TRUST_PROXY, the first time X-Forwarded-For arrives; always passes the request on', () => {
    const warnings: string[] = [];
    const middleware = warnOnceAboutIgnoredForwarding((message) => warnings.push(message));
    const next = jest.fn();
    middleware(requestWith({}), {} as Response, next);
    expect(warnings).toEqual([]);
    middleware(requestWith({ 'x-forwarded-for': '203.0.113.9' }), {} as Response, next);
    middleware(requestWith({ 'x-forwarded-for': '203.0.113.10' }), {} as Response, next);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/X-Forwarded-For from 127\.0\.0\.1 is ignored: TRUST_PROXY is not set/);
    expect(next).toHaveBeenCalledTimes(3);
  });
});
