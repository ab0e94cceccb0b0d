import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { slug } from '@governance/documents';
import { ComplianceQuery, PolicyRegisterQuery, SchoolsQuery } from '@governance/projections';
import type { Response } from 'express';
import { Access } from '../auth/access.decorator';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Clock } from '../clock/clock';
import { TrustCalendars } from '../term-dates/trust-calendars';
import { readableSchools } from '@governance/domain';
import { AsOfQuery } from '../read-api/dto/as-of.query';
import { negotiate, notAcceptable, Offer } from './accept';
import { CSV_CONTENT_TYPE, toCsv } from './csv';
import { COMPLIANCE_COLUMNS, csvTable, registerColumns } from './csv-columns';
import { ApiProblems, ApiSignedInProblems } from '../http/api-problems.decorator';
import { ApiFileAnswer } from '../http/api-file-answer.decorator';

const CSV_OFFERS: readonly Offer<'csv'>[] = [{ format: 'csv', type: 'text/csv' }];

/** The policy register and the compliance dashboard as CSV files for spreadsheets. */
@ApiTags('exports')
@ApiBearerAuth()
@ApiSignedInProblems()
@Controller('trusts/:trustId')
export class ExportsController {
  constructor(
    private readonly registers: PolicyRegisterQuery,
    private readonly compliance: ComplianceQuery,
    private readonly schools: SchoolsQuery,
    private readonly calendars: TrustCalendars,
    private readonly clock: Clock,
  ) {}

  @Get('schools/:schoolId/policies.csv')
  @ApiOperation({ summary: "Download a school's policy register as CSV", description: "The school's policy register as a spreadsheet, one policy a row. Send `asOf` (YYYY-MM-DD) to see it as it stood on that day; the default is today. Anyone who may read this school (a trust-wide role, or a role at this school) may call it, and the operator." })
  @ApiProblems(400)
  @Access('schoolRegisterCsv')
  @ApiFileAnswer("The school's policy register as of a day, one policy a row: headings in words (Policy, School, Status, ..., Next review due), Yes/No, dates as YYYY-MM-DD, the policy id in the last column.", 'text/csv')
  async register(
    @Param('trustId') trustId: string,
    @Param('schoolId') schoolId: string,
    @Query() query: AsOfQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    if (negotiate(accept, CSV_OFFERS) === null) throw notAcceptable(CSV_OFFERS);
    const asOf = query.asOf ?? this.clock.today();
    const rows = this.registers.schoolRegister(trustId, schoolId, asOf, await this.calendars.calendarOf(trustId));
    const school = this.schools.schoolsOf(trustId).find((s) => s.id === schoolId);
    send(res, `policies-${slug(school?.name ?? schoolId)}-${asOf}.csv`);
    const table = csvTable(registerColumns(school?.name ?? ''), rows);
    return toCsv(table.header, table.rows);
  }

  @Get('compliance.csv')
  @ApiOperation({ summary: 'Download compliance as CSV', description: 'Compliance per school as a spreadsheet, one school a row. Send `asOf` (YYYY-MM-DD) to see it as it stood on that day; the default is today. Anyone with a role in this trust may call it, and the operator. People with a role at one school see that school only.' })
  @ApiProblems(400)
  @Access('complianceCsv')
  @ApiFileAnswer('Compliance as of a day, one school a row (School, Policies, In date, ..., Compliance (%), the school id last); school-scoped readers get their own school only.', 'text/csv')
  async complianceCsv(
    @Param('trustId') trustId: string,
    @Query() query: AsOfQuery,
    @Headers('accept') accept: string | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    if (negotiate(accept, CSV_OFFERS) === null) throw notAcceptable(CSV_OFFERS);
    const asOf = query.asOf ?? this.clock.today();
    const result = this.compliance.forTrust(trustId, asOf, await this.calendars.calendarOf(trustId));
    const readable = readableSchools(actor);
    const rows = readable === 'all' ? result.schools : result.schools.filter((row) => readable.has(row.schoolId));
    send(res, `compliance-${slug(this.schools.trust(trustId)?.name ?? trustId)}-${asOf}.csv`);
    const table = csvTable(COMPLIANCE_COLUMNS, rows);
    return toCsv(table.header, table.rows);
  }
}

function send(res: Response, fileName: string): void {
  res.vary('Accept');
  res.setHeader('Content-Type', CSV_CONTENT_TYPE);
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  res.setHeader('Cache-Control', 'private, no-store');
}
