import { Body, Controller, HttpCode, Param, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffImportReport } from '@governance/contracts';
import type { Response } from 'express';
import { Access } from '../auth/access.decorator';
import { Origin, RequestOrigin } from '../auth/command-origin.decorator';
import { ApiProblems, ApiSignedInProblems } from '../http/api-problems.decorator';
import { problem, problemType } from '../http/problem';
import { ProblemException } from '../http/problem-details.filter';
import { ImportStaffCommand } from './import-staff';
import { StaffImportReportSchema } from './staff-import-answers.schema';
import { StaffImportRequestDto } from './staff-import-request.dto';
import { StaffImportPlanQuery, staffImportReport } from './staff-import-plan';
import { MAX_STAFF_FILE_BYTES, StaffUploadErrorsInterceptor } from './staff-upload-errors.interceptor';

@ApiTags('staff imports')
@ApiBearerAuth()
@ApiSignedInProblems()
@Controller('trusts/:trustId/schools/:schoolId/staff-imports')
export class StaffImportsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly plans: StaffImportPlanQuery,
  ) {}

  @Post()
  @ApiOperation({
    summary: "Import the school's staff list (CSV from the MIS)",
    description: 'Reads a CSV with a header naming the name (or forename and surname), email and optionally job title columns. By default a dry run: what would be added, changed and leaving, and every problem line. With `apply=true` it applies the list (refused with the same problems unless the file is clean or `applyCleanLines=true`). A trust admin, or the headteacher of the school.',
  })
  @ApiOkResponse({ description: 'Dry run: what applying the list would do, and its problem lines.', type: StaffImportReportSchema })
  @ApiCreatedResponse({ description: 'Applied: who was added, changed and ended, and the lines left out.', type: StaffImportReportSchema })
  @ApiProblems(400, 413, 422)
  @HttpCode(200)
  @Access('importStaff')
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(StaffUploadErrorsInterceptor, FileInterceptor('file', { limits: { fileSize: MAX_STAFF_FILE_BYTES, files: 1, fields: 10 } }))
  async import(
    @Param('trustId') trustId: string,
    @Param('schoolId') schoolId: string,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() body: StaffImportRequestDto,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StaffImportReport> {
    if (!file) {
      throw new ProblemException(
        problem(400, 'Attach the staff list as the "file" field: a CSV exported from your MIS.', {
          type: problemType('validation'),
          errors: [{ field: 'file', message: 'a CSV file is required' }],
        }),
      );
    }
    if (body.apply !== true) return staffImportReport(schoolId, await this.plans.execute(trustId, schoolId, file.buffer), false);
    const report = await this.commands.execute(new ImportStaffCommand(origin, schoolId, file.buffer, body.applyCleanLines === true));
    response.status(201);
    return report;
  }
}
