import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { appointmentsDecider, mayManageAppointment, streamIds } from '@governance/domain';
import type { AppointmentRequest } from '@governance/contracts';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { allowedOrForbidden } from '../../auth/fact-refusal';
import { CommandExecutor } from '../../commands/command-executor';
import { newEntityId } from '../../idempotency/idempotent-run';
import { PersonReader } from '../../people/person-reader';
import { TrustReader } from '../../trusts/trust-reader';
import { commandOrigin, routeTrustId, WriteOutcome } from '../../trusts/write-answer';

export class MakeAppointmentCommand extends Command<WriteOutcome> {
  constructor(
    readonly origin: RequestOrigin,
    readonly personId: string,
    readonly appointment: AppointmentRequest,
  ) {
    super();
  }
}

/** A new appointment on the trust's `appointments-{trustId}` stream, for a person of the trust. */
@CommandHandler(MakeAppointmentCommand)
export class MakeAppointmentHandler implements ICommandHandler<MakeAppointmentCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly trusts: TrustReader,
    private readonly people: PersonReader,
  ) {}

  async execute({ origin, personId, appointment }: MakeAppointmentCommand): Promise<WriteOutcome> {
    const trustId = routeTrustId(origin);
    const schoolId = appointment.schoolId ?? null;
    allowedOrForbidden(mayManageAppointment(origin.actor, appointment.body, schoolId));
    const [trust, person] = await Promise.all([this.trusts.load(trustId), this.people.load(personId)]);
    const activeSchoolIds = trust.exists ? trust.schools.map((school) => school.schoolId) : [];
    const appointmentId = newEntityId('appointment');
    const result = await this.executor.execute(
      appointmentsDecider,
      streamIds.appointments(trustId),
      { type: 'MakeAppointment', data: { ...appointment, appointmentId, trustId, personId, person, activeSchoolIds } },
      commandOrigin(origin, trustId, schoolId ?? undefined),
    );
    return { id: appointmentId, position: result.position, changed: result.changed };
  }
}
