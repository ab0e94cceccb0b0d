import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { slug } from '@governance/documents';
import type { GovernanceRegister } from '@governance/contracts';
import type { Response } from 'express';
import { Access } from '../auth/access.decorator';
import { Clock } from '../clock/clock';
import { negotiate, notAcceptable } from '../exports/accept';
import { CSV_CONTENT_TYPE } from '../exports/csv';
import { ApiProblems, ApiSignedInProblems } from '../http/api-problems.decorator';
import { TEXT_SCHEMA } from '../http/api-file-answer.decorator';
import { GovernanceRegisterQueryDto } from './dto/governance-register.query';
import { GovernanceRegisterSchema } from './governance-register-answers.schema';
import { GovernanceRegisterQuery } from './queries/governance-register';
import { registerCsv } from './register-csv';
import { REGISTER_OFFERS } from './register-formats';
import { registerHtml } from './register-html';

@ApiTags('governor records')
@ApiBearerAuth()
@ApiSignedInProblems()
@Controller('trusts/:trustId/governance-register')
export class GovernanceRegisterController {
  constructor(
    private readonly register: GovernanceRegisterQuery,
    private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'The governance register the trust publishes',
    description:
      "Per body (the members, the trust board, each academy's local governing body, each committee): each person appointed on `asOf` (default today) and those who left in the 12 months before, their role, appointing body, term of office, interests (current and ended in the last 12 months) and attendance at that body's recorded meetings in the last academic year. `schoolId` narrows it to one academy's local governing body. Answers JSON, CSV (a download) or an HTML fragment for the trust's website, as the Accept header (or `?format=`) asks. Erased people do not appear. Anyone in the trust may call it.",
  })
  @ApiProblems(400, 404, 406)
  @Access('governanceRegister')
  @ApiExtraModels(GovernanceRegisterSchema)
  @ApiOkResponse({
    description: 'The register as of a day, as JSON, CSV or an HTML fragment.',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(GovernanceRegisterSchema) } },
      'text/csv': { schema: { ...TEXT_SCHEMA } },
      'text/html': { schema: { ...TEXT_SCHEMA } },
    },
  })
  async read(
    @Param('trustId') trustId: string,
    @Query() query: GovernanceRegisterQueryDto,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<GovernanceRegister | string> {
    res.vary('Accept');
    const format = query.format ?? negotiate(accept, REGISTER_OFFERS);
    if (format === null) throw notAcceptable(REGISTER_OFFERS);
    const register = await this.register.execute(trustId, { asOf: query.asOf ?? this.clock.today(), schoolId: query.schoolId, year: query.year });
    // Names and interests: for the reader, not for shared caches.
    res.setHeader('Cache-Control', 'private, no-store');
    if (format === 'json') return register;
    const school = register.bodies.find((body) => body.schoolId === register.schoolId)?.schoolName;
    const fileName = `governance-register-${slug(register.trustName)}${school ? `-${slug(school)}` : ''}-${register.asOf}`;
    if (format === 'csv') {
      res.setHeader('Content-Type', CSV_CONTENT_TYPE);
      res.setHeader('Content-Disposition', `attachment; filename="${fileName}.csv"`);
      return registerCsv(register);
    }
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    // A fragment to copy into a web page: it needs nothing, so it may run nothing if opened here.
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    res.setHeader('Content-Disposition', `inline; filename="${fileName}.html"`);
    return registerHtml(register);
  }
}
