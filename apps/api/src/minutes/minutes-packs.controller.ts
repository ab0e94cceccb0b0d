import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { MinutesPackCheck } from '@governance/contracts';
import type { Response } from 'express';
import { Access } from '../auth/access.decorator';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { BINARY_SCHEMA, TEXT_SCHEMA } from '../http/api-file-answer.decorator';
import { ApiProblems, ApiSignedInProblems } from '../http/api-problems.decorator';
import { problem, problemType } from '../http/problem';
import { ProblemException } from '../http/problem-details.filter';
import { MinutesPackQueryDto } from './dto/minutes-pack.query';
import { DOCX_TYPE } from './minutes-formats';
import { MinutesPackCheckSchema } from './minutes-pack-check.schema';
import { MinutesPackBuilder } from './minutes-pack';
import { RecordedPacks } from './recorded-packs';
import { renderPack } from './rendered-pack';
import { sendPack } from './send-pack';

@ApiTags('minutes')
@ApiBearerAuth()
@ApiSignedInProblems()
@Controller('trusts/:trustId/minutes-packs')
export class MinutesPacksController {
  constructor(
    private readonly recorded: RecordedPacks,
    private readonly pack: MinutesPackBuilder,
  ) {}

  /**
   * A pack as it was circulated: rebuilt from the log position its MinutesInputsGenerated
   * recorded, on the day it was generated, and checked against the SHA-256 recorded then.
   */
  @Get(':eventId')
  @ApiOperation({
    summary: 'A generated pack, as circulated',
    description:
      "Rebuilds the clerk's pack that a MinutesInputsGenerated event recorded, from the log as it stood when the pack was built, in the format it was generated in. `X-Pack-Matches` says whether it equals what was sent (the same bytes for JSON and Markdown; the same contents for Word, whose writer stamps the time). `?check=1` answers the check as JSON instead. A pack generated before packs were recorded with their position cannot be rebuilt (409). Who may read it: as the minutes inputs.",
  })
  @ApiProblems(400, 409)
  @Access('minutesPack')
  @ApiExtraModels(MinutesPackCheckSchema)
  @ApiOkResponse({
    description: 'The rebuilt pack in its recorded format, or with ?check=1 the check.',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(MinutesPackCheckSchema) } },
      'text/markdown': { schema: { ...TEXT_SCHEMA } },
      [DOCX_TYPE]: { schema: { ...BINARY_SCHEMA } },
    },
  })
  async frozen(
    @Param('trustId') trustId: string,
    @Param('eventId') eventId: string,
    @Query() query: MinutesPackQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MinutesPackCheck | string | StreamableFile> {
    const recorded = await this.recorded.find(trustId, eventId);
    this.pack.checkScope(trustId, recorded.schoolId ?? undefined, actor);
    const { builtAt, sha256, inputsSha256 } = recorded;
    if (builtAt === null || sha256 === null || inputsSha256 === null) {
      throw new ProblemException(
        problem(409, `This pack was generated on ${recorded.generatedOn}, before packs recorded where in the log they were built, so it cannot be rebuilt.`, {
          type: problemType('pack-not-rebuildable'),
        }),
      );
    }
    const inputs = await this.pack.buildAt(trustId, recorded.term, recorded.schoolId ?? undefined, BigInt(builtAt), recorded.generatedOn, recorded.readAndAcknowledge === true);
    const rendered = await renderPack(inputs, recorded.format);
    // The Word writer stamps the time of writing, so a Word pack is checked on its contents.
    const compared = recorded.format === 'docx' ? 'contents' : 'bytes';
    const recordedSha256 = compared === 'bytes' ? sha256 : inputsSha256;
    const rebuiltSha256 = compared === 'bytes' ? rendered.sha256 : rendered.inputsSha256;
    const check: MinutesPackCheck = {
      eventId,
      term: recorded.term,
      schoolId: recorded.schoolId,
      format: recorded.format,
      generatedOn: recorded.generatedOn,
      generatedBy: recorded.generatedBy,
      builtAt,
      compared,
      recordedSha256,
      rebuiltSha256,
      matches: recordedSha256 === rebuiltSha256,
    };
    res.setHeader('X-Pack-Matches', String(check.matches));
    res.setHeader('X-Pack-Compared', compared);
    res.setHeader('X-Pack-Recorded-Sha256', recordedSha256);
    res.setHeader('X-Pack-Rebuilt-Sha256', rebuiltSha256);
    res.setHeader('X-Pack-Built-At', builtAt);
    if (query.check !== undefined) {
      res.setHeader('Cache-Control', 'private, no-store');
      return check;
    }
    return sendPack(res, rendered);
  }
}
