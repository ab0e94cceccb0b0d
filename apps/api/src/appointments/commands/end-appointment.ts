import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { appointmentsDecider, mayManageAppointment, NotFoundError, streamIds } from '@governance/domain';
import type { EndAppointmentRequest } from '@governance/contracts';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { allowedOrForbidden } from '../../auth/fact-refusal';
import { CommandExecutor } from '../../commands/command-executor';
import { commandOrigin, routeTrustId, WriteOutcome } from '../../trusts/write-answer';
import { AppointmentsReader } from '../appointments-reader';

export class EndAppointmentCommand extends Command<WriteOutcome> {
  constructor(
    readonly origin: RequestOrigin,
    readonly personId: string,
    readonly appointmentId: string,
    readonly end: EndAppointmentRequest,
  ) {
    super();
  }
}

/** Ends an appointment early (404 for one that is not this person's in this trust). */
@CommandHandler(EndAppointmentCommand)
export class EndAppointmentHandler implements ICommandHandler<EndAppointmentCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly appointments: AppointmentsReader,
  ) {}

  async execute({ origin, personId, appointmentId, end }: EndAppointmentCommand): Promise<WriteOutcome> {
    const trustId = routeTrustId(origin);
    const appointment = (await this.appointments.ofTrust(trustId)).find((made) => made.appointmentId === appointmentId && made.personId === personId);
    if (!appointment) throw new NotFoundError('Appointment', appointmentId);
    allowedOrForbidden(mayManageAppointment(origin.actor, appointment.body, appointment.schoolId));
    const result = await this.executor.execute(
      appointmentsDecider,
      streamIds.appointments(trustId),
      { type: 'EndAppointment', data: { appointmentId, personId, endedOn: end.endedOn, reason: end.reason } },
      commandOrigin(origin, trustId, appointment.schoolId ?? undefined),
    );
    return { id: appointmentId, position: result.position, changed: result.changed };
  }
}
