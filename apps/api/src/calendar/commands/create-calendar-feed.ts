import { Inject } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore } from '@governance/event-store';
import { FeedTokens } from '@governance/notifications';
import { refused } from '../../auth/auth-problems';
import { Actor } from '../../auth/actor';
import { Clock } from '../../clock/clock';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { CalendarScope } from '../calendar-scope';

/** The answer to POST calendar-feeds: the token is shown this once. */
export interface CreatedFeed {
  id: string;
  token: string;
  url: string;
  position: string;
}

export interface CreateCalendarFeedInput {
  actor: Actor;
  trustId: string;
  label?: string;
  schoolId?: string;
  /** The session that asks signed in with a second factor; the feed's sessions inherit it. */
  mfaVerified: boolean;
}

export class CreateCalendarFeedCommand extends Command<CreatedFeed> {
  constructor(readonly input: CreateCalendarFeedInput) {
    super();
  }
}

/** A private feed token for the signed-in person, optionally for one school they may read. */
@CommandHandler(CreateCalendarFeedCommand)
export class CreateCalendarFeedHandler implements ICommandHandler<CreateCalendarFeedCommand> {
  constructor(
    private readonly scope: CalendarScope,
    private readonly feeds: FeedTokens,
    private readonly clock: Clock,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ input }: CreateCalendarFeedCommand): Promise<CreatedFeed> {
    const { actor, trustId, schoolId } = input;
    if (actor.kind !== 'person') throw refused('people-only');
    const trust = await this.scope.registeredTrust(trustId);
    if (schoolId !== undefined) this.scope.schoolsInView(trust, actor, schoolId);
    const { token, feed } = this.feeds.create(
      {
        trustId,
        personId: actor.personId,
        label: input.label?.trim() || null,
        schoolId: schoolId ?? null,
        mfaVerified: input.mfaVerified,
      },
      this.clock.now(),
    );
    const query = new URLSearchParams({ token, ...(schoolId ? { schoolId } : {}) });
    const url = `${this.config.publicUrl}/api/trusts/${encodeURIComponent(trustId)}/calendar.ics?${query.toString()}`;
    // Tokens live outside the log; the position is the head, as for any write that appends nothing.
    return { id: feed.id, token, url, position: String(await this.store.headPosition()) };
  }
}
