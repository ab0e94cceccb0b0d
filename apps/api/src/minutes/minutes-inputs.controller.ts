import { Controller, Get, Headers, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiParam, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { parseTerm } from '@governance/domain';
import type { Response } from 'express';
import { Access } from '../auth/access.decorator';
import { Actor } from '../auth/actor';
import { Origin, RequestOrigin } from '../auth/command-origin.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { negotiate, notAcceptable } from '../exports/accept';
import { RecordMinutesGeneratedCommand } from './commands/record-minutes-generated';
import { MinutesInputsQueryDto } from './dto/minutes-inputs.query';
import { DOCX_TYPE, MINUTES_OFFERS } from './minutes-formats';
import { renderPack } from './rendered-pack';
import { sendPack } from './send-pack';
import { MinutesPackBuilder } from './minutes-pack';
import { ApiProblems, ApiSignedInProblems } from '../http/api-problems.decorator';
import { BINARY_SCHEMA, TEXT_SCHEMA } from '../http/api-file-answer.decorator';
import { MinutesInputsSchema } from './minutes-answers.schema';

@ApiTags('minutes')
@ApiBearerAuth()
@ApiSignedInProblems()
@Controller('trusts/:trustId/terms/:term/minutes-inputs')
export class MinutesInputsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly pack: MinutesPackBuilder,
  ) {}

  /**
   * The clerk's termly pack, as JSON, Markdown or Word by `Accept` (or `?format=`). Every
   * generation appends MinutesInputsGenerated with the position the pack was built at and the
   * SHA-256 of its bytes (`X-Pack-Sha256`); the event's log position comes back as `X-Position`.
   */
  @Get()
  @ApiOperation({ summary: 'Gather inputs for termly minutes', description: "Everything a clerk needs for a governing body's minutes for a term: policy decisions, reviews, visits and reports; the trust board's (all academies) or one school's. Answers JSON, Markdown or a Word document, as the Accept header asks. Anyone with a role in this trust may call it, and the operator." })
  @ApiProblems(400, 406)
  @Access('minutesInputs')
  @ApiParam({ name: 'term', example: '2027-spring' })
  @ApiExtraModels(MinutesInputsSchema)
  @ApiOkResponse({
    description: "Inputs for a governing body's termly minutes: the trust board's (all academies) or a school's.",
    content: {
      'application/json': { schema: { $ref: getSchemaPath(MinutesInputsSchema) } },
      'text/markdown': { schema: { ...TEXT_SCHEMA } },
      [DOCX_TYPE]: { schema: { ...BINARY_SCHEMA } },
    },
  })
  async inputs(
    @Param('trustId') trustId: string,
    @Param('term') termParam: string,
    @Query() query: MinutesInputsQueryDto,
    @Headers('accept') accept: string | undefined,
    @CurrentActor() actor: Actor,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string | StreamableFile> {
    res.vary('Accept');
    const format = query.format ?? negotiate(accept, MINUTES_OFFERS);
    if (format === null) throw notAcceptable(MINUTES_OFFERS);
    const term = parseTerm(termParam, 'term');
    this.pack.checkScope(trustId, query.schoolId, actor);
    const { inputs, position } = await this.pack.build(trustId, term, query.schoolId);
    // Rendered before it is recorded: a pack that fails to render was never generated.
    const rendered = await renderPack(inputs, format);
    // HEAD (a link checker, a prefetch) generates nothing for anyone: it is not recorded.
    if (res.req.method !== 'HEAD') {
      const recorded = await this.commands.execute(
        new RecordMinutesGeneratedCommand(origin, term, query.schoolId ?? null, format, {
          builtAt: position,
          sha256: rendered.sha256,
          inputsSha256: rendered.inputsSha256,
          readAndAcknowledge: true,
        }),
      );
      res.setHeader('X-Position', String(recorded.position));
      res.setHeader('X-Pack-Sha256', rendered.sha256);
    }
    return sendPack(res, rendered);
  }
}
