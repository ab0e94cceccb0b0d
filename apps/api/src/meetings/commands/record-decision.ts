import { Inject } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  mayClerkMeeting,
  DecisionInput,
  MeetingDecisionRef,
  meetingDecider,
  PolicyDecision,
  readDecisionInput,
  requireDecisionAllowed,
  ScheduledMeeting,
  streamIds,
} from '@governance/domain';
import { EVENT_STORE, EventStore } from '@governance/event-store';
import { MeetingsQuery, ProjectionRunner } from '@governance/projections';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { allowedOrForbidden } from '../../auth/fact-refusal';
import { Clock } from '../../clock/clock';
import { CommandExecutor } from '../../commands/command-executor';
import { currentIdempotentRun } from '../../idempotency/idempotent-run';
import { problem, problemType } from '../../http/problem';
import { ProblemException } from '../../http/problem-details.filter';
import { ChangePolicyCommand } from '../../policies/commands/change-policy';
import { ChangeSchoolPolicyCommand } from '../../policies/commands/change-school-policy';
import { commandOrigin, routeTrustId, WriteOutcome } from '../../trusts/write-answer';
import { MeetingLock } from '../meeting-lock';
import { MeetingReader } from '../meeting-reader';

/** How long a decision waits for the read model to show the meeting's earlier decisions. */
const DECISIONS_CATCH_UP_MS = 5000;

export class RecordDecisionCommand extends Command<WriteOutcome> {
  constructor(
    readonly origin: RequestOrigin,
    readonly meetingId: string,
    readonly decision: DecisionInput & { minuteRef: unknown; exception?: unknown },
  ) {
    super();
  }
}

/**
 * A decision of a meeting. A policy decision sends the same command as the direct route
 * (approval, review, adoption) through the same handler, decider and scheme of delegation, with
 * the meeting and minute reference in it: ONE event is appended, on the policy's stream, and the
 * meeting's list of decisions is projected from it, so a decision and its policy event cannot
 * half happen. A note is the one decision written on the meeting's own stream.
 * The minute reference must be new within the meeting: decisions of one meeting are taken one
 * at a time in this process, after the read model has caught up with the log.
 */
@CommandHandler(RecordDecisionCommand)
export class RecordDecisionHandler implements ICommandHandler<RecordDecisionCommand> {
  constructor(
    private readonly commands: CommandBus,
    private readonly executor: CommandExecutor,
    private readonly meetings: MeetingReader,
    private readonly decisions: MeetingsQuery,
    private readonly runner: ProjectionRunner,
    private readonly lock: MeetingLock,
    private readonly clock: Clock,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ origin, meetingId, decision }: RecordDecisionCommand): Promise<WriteOutcome> {
    const trustId = routeTrustId(origin);
    const scheduled = await this.meetings.ofTrust(trustId, meetingId);
    allowedOrForbidden(mayClerkMeeting(origin.actor, scheduled.schoolId ?? null));
    return this.lock.run(meetingId, async () => {
      const state = await this.meetings.load(meetingId);
      const taken = await this.minuteRefsOf(meetingId, state.scheduled ? state.noteRefs : []);
      // A retry of a request that died after appending finds its own minute reference taken: it
      // goes on, and the executor answers from the log with what the dead run appended.
      const takenMinuteRefs = currentIdempotentRun()?.rerun ? taken.filter((ref) => ref !== String(decision.minuteRef).trim()) : taken;
      const { meeting, minuteRef, decidedOn } = requireDecisionAllowed(state, { meetingId, minuteRef: decision.minuteRef, takenMinuteRefs }, this.clock.today());
      const read = readDecisionInput(decision, meeting);
      if (read.kind === 'note') {
        const result = await this.executor.execute(
          meetingDecider,
          streamIds.meeting(meetingId),
          { type: 'RecordMeetingNote', data: { meetingId, minuteRef, text: read.text, takenMinuteRefs } },
          commandOrigin(origin, trustId, meeting.schoolId ?? undefined),
        );
        return { id: meetingId, position: result.position, changed: result.changed };
      }
      const outcome = await this.commands.execute(this.policyCommand(origin, meeting, read, { meetingId, minuteRef }, decidedOn, decision.exception));
      return { id: meetingId, position: outcome.position, changed: outcome.changed };
    });
  }

  /** The minute references in use: the read model's (after it reached the log's head) and the meeting's own notes. */
  private async minuteRefsOf(meetingId: string, noteRefs: readonly string[]): Promise<string[]> {
    const head = await this.store.headPosition();
    if (!(await this.runner.waitForPosition(head, DECISIONS_CATCH_UP_MS))) {
      throw new ProblemException(
        problem(503, "The meeting's earlier decisions are still being read; try again shortly.", { type: problemType('read-model-lagging') }),
      );
    }
    return [...new Set([...this.decisions.minuteRefs(meetingId), ...noteRefs])];
  }

  private policyCommand(
    origin: RequestOrigin,
    meeting: ScheduledMeeting,
    decision: PolicyDecision,
    ref: MeetingDecisionRef,
    decidedOn: string,
    exception: unknown,
  ): ChangePolicyCommand | ChangeSchoolPolicyCommand {
    switch (decision.kind) {
      case 'approve-policy':
        return new ChangePolicyCommand(origin, decision.policyId, {
          type: 'ApprovePolicyVersion',
          data: { version: decision.version, approvedOn: decidedOn, body: meeting.body, exception, meeting: ref },
        });
      case 'adopt-policy':
        return new ChangeSchoolPolicyCommand(origin, decision.schoolId, decision.policyId, {
          type: 'AdoptPolicy',
          data: { version: decision.version, adoptedOn: decidedOn, approvedBy: meeting.body, exception, meeting: ref },
        });
      case 'review-policy': {
        const review = { reviewedOn: decidedOn, outcome: decision.outcome, notes: decision.notes, nextReviewDue: decision.nextReviewDue, meeting: ref };
        return decision.schoolId === null
          ? new ChangePolicyCommand(origin, decision.policyId, { type: 'ReviewPolicy', data: review })
          : new ChangeSchoolPolicyCommand(origin, decision.schoolId, decision.policyId, { type: 'ReviewSchoolPolicy', data: review });
      }
    }
  }
}
