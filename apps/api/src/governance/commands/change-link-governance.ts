import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { LinkGovernanceCommand, linkGovernanceDecider, streamIds } from '@governance/domain';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { CommandExecutor } from '../../commands/command-executor';
import { SchoolLookup } from '../../trusts/school-lookup';
import { commandOrigin, routeTrustId, WriteOutcome } from '../../trusts/write-answer';
import { GovernanceChecks } from '../governance-checks';
import { VisitActionsOwner } from '../visit-actions-owner';

/** A link-governance command as a request gives it: the school comes from the route. */
export type LinkGovernanceChange = LinkGovernanceCommand extends infer C
  ? C extends { type: infer T; data: infer D }
    ? { type: T; data: Omit<D, 'schoolId'> }
    : never
  : never;

export class ChangeLinkGovernanceCommand extends Command<WriteOutcome> {
  constructor(
    readonly origin: RequestOrigin,
    readonly schoolId: string,
    readonly change: LinkGovernanceChange,
  ) {
    super();
  }
}

/** Assignments, visits and reports on the school's `linkgov-{schoolId}` stream. */
@CommandHandler(ChangeLinkGovernanceCommand)
export class ChangeLinkGovernanceHandler implements ICommandHandler<ChangeLinkGovernanceCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly schools: SchoolLookup,
    private readonly checks: GovernanceChecks,
    private readonly visitActionsOwner: VisitActionsOwner,
  ) {}

  async execute({ origin, schoolId, change }: ChangeLinkGovernanceCommand): Promise<WriteOutcome> {
    const trustId = routeTrustId(origin);
    await this.schools.requireActive(trustId, schoolId);
    if (change.type === 'AssignLinkGovernor') await this.checks.requireGovernor(trustId, schoolId, change.data.personId);
    if ('policyIds' in change.data) await this.checks.requirePolicies(trustId, change.data.policyIds);
    // A visit's "actions agreed" become actions of the school's headteacher, in the visit's own event.
    const followUp = change.type === 'LogVisit' && (change.data.actions?.length ?? 0) > 0 ? { actionsOwnerId: await this.visitActionsOwner.of(trustId, schoolId) } : {};
    const result = await this.executor.execute(
      linkGovernanceDecider,
      streamIds.linkGovernance(schoolId),
      { type: change.type, data: { ...change.data, ...followUp, schoolId } } as LinkGovernanceCommand,
      commandOrigin(origin, trustId, schoolId),
    );
    return { id: idOf(change, schoolId), position: result.position, changed: result.changed };
  }
}

function idOf(change: LinkGovernanceChange, schoolId: string): string {
  if (change.type === 'AssignLinkGovernor' || change.type === 'UnassignLinkGovernor') return change.data.personId;
  return schoolId;
}
