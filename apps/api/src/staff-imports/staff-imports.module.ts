import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { TrustsModule } from '../trusts/trusts.module';
import { ImportStaffHandler } from './import-staff';
import { StaffImportPlanQuery } from './staff-import-plan';
import { StaffImportsController } from './staff-imports.controller';

@Module({ imports: [TrustsModule, PeopleModule], controllers: [StaffImportsController], providers: [StaffImportPlanQuery, ImportStaffHandler] })
export class StaffImportsModule {}
