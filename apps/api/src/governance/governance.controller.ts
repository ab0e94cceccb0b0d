import { Body, Controller, Delete, Get, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { SchoolAccess } from '../auth/access-rule';
import { Actor } from '../auth/actor';
import { Origin, RequestOrigin } from '../auth/command-origin.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { answerWrite, WriteAnswer } from '../trusts/write-answer';
import { actingGovernorId } from './acting-governor';
import { ChangeLinkGovernanceCommand, LinkGovernanceChange } from './commands/change-link-governance';
import { SubmitTermlyReportCommand } from './commands/submit-termly-report';
import { AssignLinkGovernorDto } from './dto/assign-link-governor.dto';
import { LinkGovernorReportDto } from './dto/link-governor-report.dto';
import { TermlyReportDto } from './dto/termly-report.dto';
import { VisitDto } from './dto/visit.dto';
import { LinkGovernorsReader } from './link-governors.reader';
import { UnassignQuery } from './dto/unassign.query';

/** A school's link governance and the headteacher's termly report. */
@ApiTags('governance')
@ApiBearerAuth()
@Controller('trusts/:trustId/schools/:schoolId')
export class GovernanceController {
  constructor(
    private readonly commands: CommandBus,
    private readonly linkGovernors: LinkGovernorsReader,
  ) {}

  @Post('link-governors')
  @SchoolAccess(['trust-admin', 'clerk'])
  assign(@Param('schoolId') schoolId: string, @Body() body: AssignLinkGovernorDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response) {
    return this.change(origin, schoolId, { type: 'AssignLinkGovernor', data: body }, res);
  }

  @Get('link-governors')
  @SchoolAccess('any', { operator: true })
  list(@Param('trustId') trustId: string, @Param('schoolId') schoolId: string) {
    return this.linkGovernors.current(trustId, schoolId);
  }

  /** Ends a person's link (for one `area`, or every area). */
  @Delete('link-governors/:personId')
  @SchoolAccess(['trust-admin', 'clerk'])
  unassign(
    @Param('schoolId') schoolId: string,
    @Param('personId') personId: string,
    @Query() query: UnassignQuery,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.change(origin, schoolId, { type: 'UnassignLinkGovernor', data: { personId, area: query.area ?? null } }, res);
  }

  @Post('visits')
  @SchoolAccess(['trust-admin', 'governor'])
  logVisit(
    @Param('schoolId') schoolId: string,
    @Body() body: VisitDto,
    @CurrentActor() actor: Actor,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { governorId, ...visit } = body;
    return this.change(origin, schoolId, { type: 'LogVisit', data: { ...visit, governorId: actingGovernorId(actor, governorId) } }, res);
  }

  @Post('link-governor-reports')
  @SchoolAccess(['trust-admin', 'governor'])
  report(
    @Param('schoolId') schoolId: string,
    @Body() body: LinkGovernorReportDto,
    @CurrentActor() actor: Actor,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { governorId, ...report } = body;
    return this.change(origin, schoolId, { type: 'ReportAsLinkGovernor', data: { ...report, governorId: actingGovernorId(actor, governorId) } }, res);
  }

  @Post('termly-reports')
  @SchoolAccess(['trust-admin', 'headteacher'])
  async submitTermlyReport(@Param('schoolId') schoolId: string, @Body() body: TermlyReportDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response) {
    const outcome = await this.commands.execute(new SubmitTermlyReportCommand(origin, schoolId, body));
    return { ...answerWrite(res, outcome), submission: outcome.submission };
  }

  private async change(origin: RequestOrigin, schoolId: string, change: LinkGovernanceChange, res: Response): Promise<WriteAnswer> {
    return answerWrite(res, await this.commands.execute(new ChangeLinkGovernanceCommand(origin, schoolId, change)));
  }
}
