import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { SchoolStaff } from '@governance/contracts';
import { Access } from '../auth/access.decorator';
import { ApiSignedInProblems } from '../http/api-problems.decorator';
import { SchoolStaffQuery } from './queries/school-staff';
import { SchoolStaffSchema } from './school-staff.schema';

/** A school's current staff and how far each has got with their reading (beside the staff list import). */
@ApiTags('staff imports')
@ApiBearerAuth()
@ApiSignedInProblems()
@Controller('trusts/:trustId/schools/:schoolId/staff')
export class SchoolStaffController {
  constructor(private readonly staff: SchoolStaffQuery) {}

  @Get()
  @ApiOperation({
    summary: "Read the school's current staff",
    description:
      "The people holding the staff role at the school now (leavers are not listed), by name: name, email and job title (from the staff list), the day they joined, how many versions in force ask them to acknowledge them and how many they acknowledged. A trust admin, or the headteacher of the school. The live read models only (no `knownAt`).",
  })
  @Access('schoolStaff')
  @ApiOkResponse({ description: "The school's current staff, by name.", type: SchoolStaffSchema })
  read(@Param('trustId') trustId: string, @Param('schoolId') schoolId: string): SchoolStaff {
    return this.staff.execute(trustId, schoolId);
  }
}
