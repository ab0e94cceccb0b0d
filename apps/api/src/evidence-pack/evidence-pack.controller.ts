import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { slug } from '@governance/documents';
import type { Response } from 'express';
import { Access } from '../auth/access.decorator';
import { Actor } from '../auth/actor';
import { Origin, RequestOrigin } from '../auth/command-origin.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Clock } from '../clock/clock';
import { ApiFileAnswer, BINARY_SCHEMA } from '../http/api-file-answer.decorator';
import { ApiProblems, ApiSignedInProblems } from '../http/api-problems.decorator';
import { AsOfQuery } from '../read-api/dto/as-of.query';
import { RecordEvidencePackCommand } from './commands/record-evidence-pack';
import { EvidencePackBuilder } from './evidence-pack.builder';

@ApiTags('audit')
@ApiBearerAuth()
@ApiSignedInProblems()
@Controller('trusts/:trustId/schools/:schoolId/evidence-pack')
export class EvidencePackController {
  constructor(
    private readonly commands: CommandBus,
    private readonly builder: EvidencePackBuilder,
    private readonly clock: Clock,
  ) {}

  /** Every download appends EvidencePackGenerated; its log position comes back as `X-Position`. */
  @Get()
  @ApiOperation({
    summary: "Download a school's evidence pack",
    description:
      "A zip for an inspection or an audit: the register, each policy's history (who did what, when it happened and when it was recorded), decisions, EIAs, visits, link governor and termly reports, the tamper-evidence check, and manifest.json with the SHA-256 of every file (manifest.sha256 sums the manifest). Check it offline with `npm run cli -- verify-evidence-pack <file>`. Send `asOf` (YYYY-MM-DD) for the pack as of that day; the default is today. Trust admins, clerks (a school's clerk for their school), trustees and the operator may call it.",
  })
  @ApiProblems(400)
  @Access('evidencePack')
  @ApiFileAnswer('The evidence pack: a zip of stored (uncompressed) files with manifest.json and manifest.sha256; X-Position is the log position of its EvidencePackGenerated entry.', 'application/zip', BINARY_SCHEMA)
  async download(
    @Param('trustId') trustId: string,
    @Param('schoolId') schoolId: string,
    @Query() query: AsOfQuery,
    @CurrentActor() actor: Actor,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const asOf = query.asOf ?? this.clock.today();
    const pack = await this.builder.build(trustId, schoolId, asOf, actor);
    // HEAD (a link checker, a prefetch) takes no pack: it is not recorded.
    if (res.req.method !== 'HEAD') {
      const recorded = await this.commands.execute(new RecordEvidencePackCommand(origin, schoolId, asOf, pack.position, pack.manifestSha256));
      res.setHeader('X-Position', String(recorded.position));
    }
    res.setHeader('X-Manifest-SHA256', pack.manifestSha256);
    // Names of governors and staff: not for shared caches.
    res.setHeader('Cache-Control', 'private, no-store');
    const fileName = `evidence-pack-${slug(pack.schoolName)}-${asOf}.zip`;
    return new StreamableFile(pack.zip, { type: 'application/zip', disposition: `attachment; filename="${fileName}"`, length: pack.zip.length });
  }
}
