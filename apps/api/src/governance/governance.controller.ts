import { Body, Controller, Delete, Get, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access } from '../auth/access.decorator';
import { Actor } from '../auth/actor';
import { Origin, RequestOrigin } from '../auth/command-origin.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { answerWrite, WriteAnswer } from '../trusts/write-answer';
import { actingPerson } from '@governance/domain';
import { allowedOrForbidden } from '../auth/fact-refusal';
import { ChangeLinkGovernanceCommand, LinkGovernanceChange } from './commands/change-link-governance';
import { SubmitTermlyReportCommand } from './commands/submit-termly-report';
import { AssignLinkGovernorDto } from './dto/assign-link-governor.dto';
import { LinkGovernorReportDto } from './dto/link-governor-report.dto';
import { TermlyReportDto } from './dto/termly-report.dto';
import { VisitDto } from './dto/visit.dto';
import { LinkGovernorsReader } from './link-governors.reader';
import { LinkGovernorCandidatesQuery } from './queries/link-governor-candidates';
import { PersonNameSchema } from '../people/person-answers.schema';
import type { PersonName } from '@governance/contracts';
import { UnassignQuery } from './dto/unassign.query';
import { ApiSignedInProblems, ApiWriteProblems } from '../http/api-problems.decorator';
import { ApiWriteAnswer } from '../http/api-write-answer.decorator';
import { LinkGovernorSchema, TermlyReportWriteAnswerSchema } from './governance-answers.schema';

/** A school's link governance and the headteacher's termly report. */
@ApiTags('governance')
@ApiBearerAuth()
@ApiSignedInProblems()
@Controller('trusts/:trustId/schools/:schoolId')
export class GovernanceController {
  constructor(
    private readonly commands: CommandBus,
    private readonly linkGovernors: LinkGovernorsReader,
    private readonly linkGovernorCandidates: LinkGovernorCandidatesQuery,
  ) {}

  @Post('link-governors')
  @ApiOperation({ summary: 'Assign a link governor', description: 'Makes a governor the link governor for an area at this school (for example safeguarding or SEND), optionally for named policies. Trust admins and clerks may call it.' })
  @ApiWriteAnswer('The link is recorded.')
  @ApiWriteProblems()
  @Access('assignLinkGovernor')
  assign(@Param('schoolId') schoolId: string, @Body() body: AssignLinkGovernorDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response) {
    return this.change(origin, schoolId, { type: 'AssignLinkGovernor', data: body }, res);
  }

  @Get('link-governors')
  @ApiOperation({ summary: "List the school's link governors", description: 'Who is link governor for which area at this school now. Anyone who may read this school (a trust-wide role, or a role at this school) may call it, and the operator.' })
  @ApiOkResponse({ description: 'The current links.', type: [LinkGovernorSchema] })
  @Access('listLinkGovernors')
  list(@Param('trustId') trustId: string, @Param('schoolId') schoolId: string) {
    return this.linkGovernors.current(trustId, schoolId);
  }

  @Get('link-governor-candidates')
  @ApiOperation({ summary: "List who may be the school's link governor", description: "The people who may be named a link governor at this school: its governors and the trust's trustees (ids and names). Trust admins and clerks may call it." })
  @ApiOkResponse({ description: 'Ids and names, by name.', type: [PersonNameSchema] })
  @Access('linkGovernorCandidates')
  candidates(@Param('trustId') trustId: string, @Param('schoolId') schoolId: string): Promise<PersonName[]> {
    return this.linkGovernorCandidates.execute(trustId, schoolId);
  }

  /** Ends a person's link (for one `area`, or every area). */
  @Delete('link-governors/:personId')
  @ApiOperation({ summary: "End a link governor's link", description: "Ends a person's link for one `area` (query parameter), or for every area. Trust admins and clerks may call it." })
  @ApiWriteAnswer('The link has ended.')
  @ApiWriteProblems()
  @Access('unassignLinkGovernor')
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
  @ApiOperation({ summary: 'Log a link governor visit', description: 'Records a visit to the school: date, purpose, findings and any actions agreed. Each line of actions becomes an open action, owned by the school\'s headteacher (the link governor when the school has none) and due six weeks after the visit (GET /trusts/{trustId}/actions). Trust admins may call it, and governors who are an assigned link governor at this school.' })
  @ApiWriteAnswer('The visit is logged.')
  @ApiWriteProblems()
  @Access('logVisit')
  logVisit(
    @Param('schoolId') schoolId: string,
    @Body() body: VisitDto,
    @CurrentActor() actor: Actor,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { governorId, ...visit } = body;
    return this.change(origin, schoolId, { type: 'LogVisit', data: { ...visit, governorId: allowedOrForbidden(actingPerson(actor, governorId)) } }, res);
  }

  @Post('link-governor-reports')
  @ApiOperation({ summary: 'Submit a link governor report', description: "Records a link governor's termly report to the governing body. Trust admins may call it, and governors who are an assigned link governor at this school." })
  @ApiWriteAnswer('The report is recorded.')
  @ApiWriteProblems()
  @Access('reportAsLinkGovernor')
  report(
    @Param('schoolId') schoolId: string,
    @Body() body: LinkGovernorReportDto,
    @CurrentActor() actor: Actor,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { governorId, ...report } = body;
    return this.change(origin, schoolId, { type: 'ReportAsLinkGovernor', data: { ...report, governorId: allowedOrForbidden(actingPerson(actor, governorId)) } }, res);
  }

  @Post('termly-reports')
  @ApiOperation({ summary: "Submit the headteacher's termly report", description: "Records the headteacher's report for a term: summary, incident counts and training. Trust admins and the school's headteacher may call it." })
  @ApiWriteAnswer('The report is recorded; `submission` says which submission this was for the term.', TermlyReportWriteAnswerSchema)
  @ApiWriteProblems()
  @Access('submitTermlyReport')
  async submitTermlyReport(@Param('schoolId') schoolId: string, @Body() body: TermlyReportDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response) {
    const outcome = await this.commands.execute(new SubmitTermlyReportCommand(origin, schoolId, body));
    return { ...answerWrite(res, outcome), submission: outcome.submission };
  }

  private async change(origin: RequestOrigin, schoolId: string, change: LinkGovernanceChange, res: Response): Promise<WriteAnswer> {
    return answerWrite(res, await this.commands.execute(new ChangeLinkGovernanceCommand(origin, schoolId, change)));
  }
}
