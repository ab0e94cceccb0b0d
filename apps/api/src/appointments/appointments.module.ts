import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { TrustsModule } from '../trusts/trusts.module';
import { AppointmentsController } from './appointments.controller';
import { AppointmentsReader } from './appointments-reader';
import { EndAppointmentHandler } from './commands/end-appointment';
import { MakeAppointmentHandler } from './commands/make-appointment';
import { AppointmentItems } from './queries/appointment-items';
import { AppointmentsListQuery, PersonAppointmentsQuery } from './queries/appointments';

/** Appointments and terms of office; the reader is shared with meetings (membership), the digest and the calendar. */
@Module({
  imports: [PeopleModule, TrustsModule],
  controllers: [AppointmentsController],
  providers: [AppointmentsReader, AppointmentItems, MakeAppointmentHandler, EndAppointmentHandler, AppointmentsListQuery, PersonAppointmentsQuery],
  exports: [AppointmentsReader, AppointmentItems],
})
export class AppointmentsModule {}
