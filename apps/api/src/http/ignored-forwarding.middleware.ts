import type { NextFunction, Request, Response } from 'express';

/**
 * Without TRUST_PROXY, X-Forwarded-For is ignored. Behind a reverse proxy that is a trap: every
 * client then counts as the proxy's address, and one person's failed sign-ins make everyone
 * wait. Says so once, the first time the header arrives, so the operator can set TRUST_PROXY.
 */
export function warnOnceAboutIgnoredForwarding(
  warn: (message: string) => void,
): (request: Request, response: Response, next: NextFunction) => void {
  let warned = false;
  return (request, _response, next) => {
    if (!warned && request.headers['x-forwarded-for'] !== undefined) {
      warned = true;
      warn(
        `X-Forwarded-For from ${request.socket.remoteAddress ?? 'a client'} is ignored: TRUST_PROXY is not set. ` +
          'Behind a reverse proxy, set TRUST_PROXY to its address (e.g. loopback), or every client counts as the proxy for sign-in limits.',
      );
    }
    next();
  };
}
