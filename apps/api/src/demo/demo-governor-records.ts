import { Command, CommandBus } from '@nestjs/cqrs';
import { LocalDate } from '@governance/domain';
import { MakeAppointmentCommand } from '../appointments/commands/make-appointment';
import { EndAppointmentCommand } from '../appointments/commands/end-appointment';
import { DeclareInterestsCommand } from '../interests-training/commands/declare-interests';
import { RecordTrainingCommand } from '../interests-training/commands/record-training';
import { RegisterPersonCommand } from '../people/commands/register-person';
import { RevokeRoleCommand } from '../people/commands/revoke-role';
import { WriteOutcome } from '../trusts/write-answer';
import { DemoCast, demoOrigin } from './demo-cast';
import { DEMO_LEAVER, DEMO_NEWCOMER, DemoAppointment, demoAppointments, demoMembersOn } from './demo-appointments';
import { demoDeclarations, demoTraining } from './demo-records';
import { DemoTimeline } from './demo-timeline';
import { demoEmail } from './demo-trust';

const CLERK = 'Daniel Okafor';

/**
 * The clerk's governor records, through the same commands as the API on the demo's timeline:
 * the terms of office (those running when the trust was set up entered then, later ones on the
 * day), the resignation and the newcomer who replaced her, declarations of interests and training.
 */
export class DemoGovernorRecords {
  readonly appointments: DemoAppointment[];

  constructor(
    private readonly commands: CommandBus,
    private readonly timeline: DemoTimeline,
    private readonly cast: DemoCast,
    private readonly today: LocalDate,
    private readonly password: string,
  ) {
    this.appointments = demoAppointments(today);
  }

  /** The members of a body on a date, by name (whose attendance the clerk records). */
  membersOn(body: DemoAppointment['body'], schoolKey: string | null, date: LocalDate): string[] {
    return demoMembersOn(this.appointments, body, schoolKey, date);
  }

  plan(): void {
    for (const appointment of this.appointments) this.appoint(appointment);
    for (const declaration of demoDeclarations(this.today, this.appointments, (body, schoolKey, date) => this.membersOn(body, schoolKey, date))) {
      this.timeline.on(declaration.declaredOn, () =>
        this.run(new DeclareInterestsCommand(this.originOf(declaration.byClerk ? CLERK : declaration.name), this.cast.person(declaration.name).personId, { declaredOn: declaration.declaredOn, interests: declaration.interests })),
      );
    }
    for (const { name, byClerk, ...training } of demoTraining(this.today, this.appointments)) {
      this.timeline.on(training.completedOn, () => this.run(new RecordTrainingCommand(this.originOf(byClerk ? CLERK : name), this.cast.person(name).personId, training)));
    }
  }

  private appoint(appointment: DemoAppointment): void {
    let appointmentId = '';
    const make = async () => {
      if (appointment.name === DEMO_NEWCOMER.name) await this.registerNewcomer(appointment);
      const { name, body, schoolKey, role, appointedBy, startsOn, endsOn } = appointment;
      const made = await this.run(
        new MakeAppointmentCommand(this.originOf(CLERK), this.cast.person(name).personId, {
          body,
          ...(schoolKey ? { schoolId: this.cast.schoolId(schoolKey) } : {}),
          role,
          appointedBy,
          startsOn,
          endsOn,
        }),
      );
      appointmentId = made.id;
    };
    if (appointment.recordedOn) this.timeline.on(appointment.recordedOn, make);
    else this.timeline.setUp(make);
    const ended = appointment.ended;
    if (!ended) return;
    this.timeline.on(ended.on, async () => {
      const person = this.cast.person(appointment.name);
      await this.run(new EndAppointmentCommand(this.originOf(CLERK), person.personId, appointmentId, { endedOn: ended.on, reason: ended.reason }));
      // She no longer governs: the admin takes her role away, so she is not asked for records any more.
      const schoolId = this.cast.schoolId(DEMO_LEAVER.schoolKey);
      await this.run(new RevokeRoleCommand(demoOrigin(this.cast.admin(), this.cast.trustId, schoolId), person.personId, { role: 'governor', schoolId }));
    });
  }

  /** The elected parent governor joins the trust's people on the day her term starts. */
  private async registerNewcomer(appointment: DemoAppointment): Promise<void> {
    const trustId = this.cast.trustId;
    const roles = [{ role: 'governor' as const, schoolId: this.cast.schoolId(appointment.schoolKey as string) }];
    const registered = await this.run(
      new RegisterPersonCommand(demoOrigin(this.cast.admin(), trustId), { name: appointment.name, email: demoEmail(appointment.name), password: this.password, roles }),
    );
    this.cast.people.set(appointment.name, { kind: 'person', actorId: registered.id, personId: registered.id, trustId, roles });
  }

  private originOf(name: string) {
    return demoOrigin(this.cast.person(name), this.cast.trustId);
  }

  private run<T extends WriteOutcome>(command: Command<T>): Promise<T> {
    return this.commands.execute(command);
  }
}
