import { Inject } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EntryToWithdraw, mayReadSchool, mayWithdrawEntry, NotFoundError, withdrawalDecider } from '@governance/domain';
import { EVENT_STORE, EventStore } from '@governance/event-store';
import { AuditTrailQuery, LocatedEntry, ProjectionRunner } from '@governance/projections';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { allowedOrForbidden } from '../../auth/fact-refusal';
import { CommandExecutor } from '../../commands/command-executor';
import { StreamStates } from '../../commands/stream-states';
import { MIN_POSITION_WAIT_MS } from '../../projections/min-position.interceptor';
import { commandOrigin, routeTrustId, WriteOutcome } from '../../trusts/write-answer';

export class WithdrawEntryCommand extends Command<WriteOutcome> {
  constructor(
    readonly origin: RequestOrigin,
    readonly eventId: string,
    readonly reason: string,
  ) {
    super();
  }
}

/**
 * Withdraws an entry recorded by mistake: finds it in the trust's log (the audit trail knows
 * which stream holds an event id; the log itself is then read), checks that the caller
 * recorded it or is a trust-wide admin, and appends EntryWithdrawn to the entry's own stream.
 */
@CommandHandler(WithdrawEntryCommand)
export class WithdrawEntryHandler implements ICommandHandler<WithdrawEntryCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly audit: AuditTrailQuery,
    private readonly runner: ProjectionRunner,
    private readonly streams: StreamStates,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ origin, eventId, reason }: WithdrawEntryCommand): Promise<WriteOutcome> {
    const trustId = routeTrustId(origin);
    const located = await this.locate(trustId, eventId);
    const recorded = located && (await this.streams.history(located.streamId)).find((event) => event.id === eventId);
    // Another school's entry is as unknown to someone who may not read that school as another trust's.
    const hidden = located?.schoolId != null && !mayReadSchool(origin.actor, located.schoolId);
    if (!located || !recorded || hidden) throw new NotFoundError('Entry', eventId);
    const authorId = typeof recorded.metadata.actorId === 'string' ? recorded.metadata.actorId : null;
    allowedOrForbidden(mayWithdrawEntry(origin.actor, authorId));
    const entry: EntryToWithdraw = { eventId, type: recorded.type, data: recorded.data };
    const result = await this.executor.execute(
      withdrawalDecider,
      located.streamId,
      { type: 'WithdrawEntry', data: { entry, eventId, reason } },
      commandOrigin(origin, trustId, located.schoolId ?? undefined),
    );
    return { id: eventId, position: result.position, changed: result.changed };
  }

  /** The entry in the trust's trail; an entry appended a moment ago may not be there yet, so wait for the log's head once. */
  private async locate(trustId: string, eventId: string): Promise<LocatedEntry | undefined> {
    const found = this.audit.locate(trustId, eventId);
    if (found) return found;
    await this.runner.waitForPosition(await this.store.headPosition(), MIN_POSITION_WAIT_MS);
    return this.audit.locate(trustId, eventId);
  }
}
