import { Inject } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { mayRevokeFeed, NotFoundError } from '@governance/domain';
import { EVENT_STORE, EventStore } from '@governance/event-store';
import { FeedTokens } from '@governance/notifications';
import { Actor } from '../../auth/actor';
import { Clock } from '../../clock/clock';

/** The answer to DELETE calendar-feeds/:feedId. */
export interface RevokedFeed {
  id: string;
  revoked: true;
  position: string;
}

export class RevokeCalendarFeedCommand extends Command<RevokedFeed> {
  constructor(
    readonly actor: Actor,
    readonly trustId: string,
    readonly feedId: string,
  ) {
    super();
  }
}

/**
 * Stops a feed token working. Another person's feed (unless a trust-wide admin asks), another
 * trust's, an unknown or an already revoked one are all the same 404.
 */
@CommandHandler(RevokeCalendarFeedCommand)
export class RevokeCalendarFeedHandler implements ICommandHandler<RevokeCalendarFeedCommand> {
  constructor(
    private readonly feeds: FeedTokens,
    private readonly clock: Clock,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ actor, trustId, feedId }: RevokeCalendarFeedCommand): Promise<RevokedFeed> {
    const feed = this.feeds.get(feedId, trustId);
    if (!feed || feed.revokedAt !== null || !mayRevokeFeed(actor, feed.personId)) {
      throw new NotFoundError('Calendar feed', feedId);
    }
    this.feeds.revoke(feedId, this.clock.now());
    return { id: feedId, revoked: true, position: String(await this.store.headPosition()) };
  }
}
