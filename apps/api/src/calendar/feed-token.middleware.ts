import { Injectable, NestMiddleware } from '@nestjs/common';
import { FeedTokens } from '@governance/notifications';
import type { NextFunction, Request, Response } from 'express';
import { AccessTokens } from '../auth/access-tokens';
import { Clock } from '../clock/clock';
import { PeopleDirectory } from '../directory/people-directory';

/** How long the access token made for one feed request lives: it never leaves the server. */
const FEED_ACCESS_SECONDS = 60;

/**
 * Calendar apps cannot send an Authorization header, so `calendar.ics?token=<feed token>`
 * carries a read-only feed token instead. On this route only, a live feed token of a person
 * who is not erased is exchanged for a short access token in the request's Authorization
 * header, and the one access guard then decides as for any request: the person's current
 * roles, their trust only, a school-scoped role its school only. A bad or revoked token adds
 * nothing, so the guard answers 401. The token is in the query string, which the request log
 * never records.
 */
@Injectable()
export class FeedTokenMiddleware implements NestMiddleware {
  constructor(
    private readonly feeds: FeedTokens,
    private readonly accessTokens: AccessTokens,
    private readonly directory: PeopleDirectory,
    private readonly clock: Clock,
  ) {}

  use(request: Request, _response: Response, next: NextFunction): void {
    const token = request.query.token;
    if (typeof token === 'string' && request.headers.authorization === undefined) {
      const feed = this.feeds.verify(token, this.clock.now());
      const person = feed && this.directory.findById(feed.personId);
      const schoolId = request.query.schoolId;
      const sameSchool = feed?.schoolId == null || feed.schoolId === schoolId;
      if (feed && person && !person.erasedAt && person.trustId === feed.trustId && sameSchool) {
        const { accessToken } = this.accessTokens.issue(
          { sub: person.personId, tid: person.trustId, sv: person.sessionVersion, amr: feed.mfaVerified ? ['pwd', 'otp'] : ['pwd'] },
          FEED_ACCESS_SECONDS,
        );
        request.headers.authorization = `Bearer ${accessToken}`;
      }
    }
    next();
  }
}
