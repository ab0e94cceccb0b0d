import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { personDecider, RoleGrant, streamIds, validRoleGrant } from '@governance/domain';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { hashPassword } from '../../auth/password-hashing';
import { Clock } from '../../clock/clock';
import { CommandExecutor } from '../../commands/command-executor';
import { PeopleDirectory } from '../../directory/people-directory';
import { TrustReader } from '../../trusts/trust-reader';
import { commandOrigin, routeTrustId, WriteOutcome } from '../../trusts/write-answer';
import { currentIdempotentRun, newEntityId } from '../../idempotency/idempotent-run';

export interface NewPerson {
  name: string;
  email: string;
  password?: string;
  roles: RoleGrant[];
}

export class RegisterPersonCommand extends Command<WriteOutcome> {
  constructor(
    readonly origin: RequestOrigin,
    readonly person: NewPerson,
  ) {
    super();
  }
}

/**
 * Personal data goes to the directory first (which also claims the email address), then
 * PersonRegistered and the grants to the log; if the append fails the directory row goes again.
 */
@CommandHandler(RegisterPersonCommand)
export class RegisterPersonHandler implements ICommandHandler<RegisterPersonCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly directory: PeopleDirectory,
    private readonly trusts: TrustReader,
    private readonly clock: Clock,
  ) {}

  async execute({ origin, person }: RegisterPersonCommand): Promise<WriteOutcome> {
    const trustId = routeTrustId(origin);
    const trust = await this.trusts.load(trustId);
    const activeSchoolIds = trust.exists ? trust.schools.map((school) => school.schoolId) : [];
    const roles = person.roles.map((grant, i) =>
      validRoleGrant(grant, activeSchoolIds, `roles.${i}`),
    );
    const passwordHash =
      person.password === undefined ? undefined : await hashPassword(person.password);
    const personId = newEntityId('person');
    // A run again after a crash finds the row its dead run wrote: the id is derived from the key.
    const writtenBefore =
      currentIdempotentRun()?.rerun === true && this.directory.findById(personId) !== undefined;
    if (!writtenBefore)
      this.directory.insert({
        personId,
        trustId,
        name: person.name.replace(/\s+/g, ' ').trim(),
        email: person.email,
        ...(passwordHash ? { passwordHash } : {}),
        createdAt: this.clock.now().toISOString(),
      });
    try {
      const result = await this.executor.execute(
        personDecider,
        streamIds.person(personId),
        { type: 'RegisterPerson', personId, trustId, roles, activeSchoolIds },
        commandOrigin(origin, trustId),
      );
      return { id: personId, position: result.position, changed: result.changed };
    } catch (error) {
      this.directory.remove(personId);
      throw error;
    }
  }
}
