import { Body, Controller, Get, Param, Patch, Post, Query, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ATTACHABLE_EXTENSIONS, ATTACHABLE_MEDIA_TYPES, MAX_DOCUMENT_BYTES, megabytes } from '@governance/documents';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { NotFoundError } from '@governance/domain';
import { TrustPoliciesQuery, TrustPolicyRow } from '@governance/projections';
import type { Response } from 'express';
import { Access } from '../auth/access.decorator';
import { Origin, RequestOrigin } from '../auth/command-origin.decorator';
import { Clock } from '../clock/clock';
import { AsOfQuery } from '../read-api/dto/as-of.query';
import { TrustCalendars } from '../term-dates/trust-calendars';
import { answerUpdate, answerWrite, UpdateAnswer, WriteAnswer } from '../trusts/write-answer';
import { AddFromCatalogueCommand } from './commands/add-from-catalogue';
import { ChangePolicyCommand, PolicyChange } from './commands/change-policy';
import { RegisterPolicyCommand } from './commands/register-policy';
import { AddCatalogueDto } from './dto/add-catalogue.dto';
import { ApproveVersionDto } from './dto/approve-version.dto';
import { DraftVersionDto } from './dto/draft-version.dto';
import { RegisterPolicyDto } from './dto/register-policy.dto';
import { RetirePolicyDto } from './dto/retire-policy.dto';
import { ReviewDto } from './dto/review.dto';
import { ApiProblems, ApiSignedInProblems, ApiWriteProblems } from '../http/api-problems.decorator';
import { BINARY_SCHEMA } from '../http/api-file-answer.decorator';
import { attachmentDisposition } from '../documents/content-disposition';
import { DocumentUploadErrorsInterceptor } from '../documents/upload-errors.interceptor';
import { DraftPolicyVersionCommand } from './commands/draft-policy-version';
import { PolicyDocumentQuery } from './queries/policy-document';
import { PolicyVersionsQuery } from './queries/policy-versions';
import type { PolicyVersion } from '@governance/contracts';
import { ApiUpdateAnswer, ApiWriteAnswer } from '../http/api-write-answer.decorator';
import { ChangePolicyDto } from './dto/change-policy.dto';
import { CatalogueAnswerSchema, DraftVersionBodySchema, PolicySchema, PolicyVersionSchema, VersionWriteAnswerSchema } from './policy-answers.schema';

/** The trust's policies: registration, versions, and trust-level approvals, reviews and retirement. */
@ApiTags('policies')
@ApiBearerAuth()
@ApiSignedInProblems()
@Controller('trusts/:trustId/policies')
export class PoliciesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly policies: TrustPoliciesQuery,
    private readonly clock: Clock,
    private readonly calendars: TrustCalendars,
    private readonly documentOf: PolicyDocumentQuery,
    private readonly versions: PolicyVersionsQuery,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Register a policy', description: 'Adds a policy to the trust: title, scope (trust or school), review cycle, who approves it, and whether it is statutory or needs an equality impact assessment. Only trust admins of this trust may call it.' })
  @ApiWriteAnswer('The policy is registered; `id` is its policy id.')
  @ApiWriteProblems()
  @Access('registerPolicy')
  async register(@Body() body: RegisterPolicyDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response): Promise<WriteAnswer> {
    return answerWrite(res, await this.commands.execute(new RegisterPolicyCommand(origin, body)));
  }

  @Get()
  @ApiOperation({ summary: "List the trust's policies", description: 'Every policy of the trust with its current version and review dates. Anyone with a role in this trust may call it, and the operator.' })
  @ApiOkResponse({ description: 'The policies.', type: [PolicySchema] })
  @Access('listPolicies')
  async list(@Param('trustId') trustId: string, @Query() query: AsOfQuery): Promise<TrustPolicyRow[]> {
    return this.policies.list(trustId, query.asOf ?? this.clock.today(), await this.calendars.calendarOf(trustId));
  }

  /** Adds starter-catalogue entries (all, or the chosen `keys`); entries the trust has are left alone. */
  @Post('catalogue')
  @ApiOperation({ summary: 'Add policies from the starter catalogue', description: 'Registers the statutory starter policies (all, or the chosen `keys`); policies the trust already has are left alone. Only trust admins of this trust may call it.' })
  @ApiCreatedResponse({ description: 'The policies added and those left alone.', type: CatalogueAnswerSchema })
  @ApiOkResponse({ description: 'Nothing added: the trust had them all.', type: CatalogueAnswerSchema })
  @ApiWriteProblems()
  @Access('addPolicyFromCatalogue')
  async addFromCatalogue(@Body() body: AddCatalogueDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response) {
    const outcome = await this.commands.execute(new AddFromCatalogueCommand(origin, body.keys));
    res.status(outcome.changed ? 201 : 200);
    return { added: outcome.added, alreadyPresent: outcome.alreadyPresent, position: String(outcome.position) };
  }

  @Get(':policyId')
  @ApiOperation({ summary: 'Read a policy', description: 'One policy with its versions, approvals and reviews. Anyone with a role in this trust may call it, and the operator.' })
  @ApiOkResponse({ description: 'The policy.', type: PolicySchema })
  @Access('getPolicy')
  async get(@Param('trustId') trustId: string, @Param('policyId') policyId: string, @Query() query: AsOfQuery): Promise<TrustPolicyRow> {
    const policy = this.policies.get(trustId, policyId, query.asOf ?? this.clock.today(), await this.calendars.calendarOf(trustId));
    if (!policy) throw new NotFoundError('Policy', policyId);
    return policy;
  }

  @Patch(':policyId')
  @ApiOperation({
    summary: 'Change a policy',
    description:
      'Changes the phases of school the policy applies to (`appliesTo`, at least one phase): a school of another phase leaves it out of its register, ' +
      'its figures, the packs and the reminders; a school whose phase is not given keeps every policy. ' +
      'And/or whether staff must read and acknowledge each adopted version (`acknowledgementRequired`). Values equal to the current ones change nothing. Only trust admins of this trust may call it.',
  })
  @ApiUpdateAnswer('The policy: `changed` is false when it already had exactly these settings.')
  @ApiWriteProblems()
  @Access('changePolicy')
  async changePolicy(@Param('policyId') policyId: string, @Body() body: ChangePolicyDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response): Promise<UpdateAnswer> {
    return answerUpdate(res, await this.commands.execute(new ChangePolicyCommand(origin, policyId, { type: 'ChangePolicySettings', data: { appliesTo: body.appliesTo, acknowledgementRequired: body.acknowledgementRequired } })));
  }

  /**
   * JSON as before, or multipart/form-data with the document itself as the `document` file, so a
   * version and its document are one request, one event and one Idempotency-Key.
   */
  @Post(':policyId/versions')
  @ApiOperation({
    summary: 'Draft a new policy version',
    description:
      `Adds a version: a summary of what changed, and the document attached (multipart/form-data, the \`document\` file: ${ATTACHABLE_EXTENSIONS}, at most ${megabytes(MAX_DOCUMENT_BYTES)}) or linked (\`documentUrl\`), or both; it then needs approving. ` +
      'A file of another kind is refused with 415, a larger one with 413, and nothing is recorded or kept. Only trust admins of this trust may call it.',
  })
  @ApiConsumes('application/json', 'multipart/form-data')
  @ApiBody({ type: DraftVersionBodySchema })
  @ApiWriteAnswer('The version is drafted; `version` is its number.', VersionWriteAnswerSchema)
  @ApiWriteProblems()
  @ApiProblems(413, 415)
  @Access('draftPolicyVersion')
  // Browsers send the file name as UTF-8 bytes without saying so; busboy's default reads latin1.
  @UseInterceptors(DocumentUploadErrorsInterceptor, FileInterceptor('document', { limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1, fields: 10 }, defParamCharset: 'utf8' }))
  async draftVersion(
    @Param('policyId') policyId: string,
    @Body() body: DraftVersionDto,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ) {
    const upload = file ? { name: file.originalname, bytes: file.buffer } : undefined;
    const outcome = await this.commands.execute(new DraftPolicyVersionCommand(origin, policyId, body, upload));
    const drafted = outcome.events.find((event) => event.type === 'PolicyVersionDrafted');
    return { ...answerWrite(res, outcome), version: drafted?.type === 'PolicyVersionDrafted' ? drafted.data.version : null };
  }

  @Get(':policyId/versions')
  @ApiOperation({ summary: "List a policy's versions", description: 'Every drafted version, oldest first: what changed, its link and its attached document (name, type, size), if any. Anyone with a role in this trust may call it, and the operator.' })
  @ApiOkResponse({ description: 'The versions.', type: [PolicyVersionSchema] })
  @Access('listPolicyVersions')
  listVersions(@Param('trustId') trustId: string, @Param('policyId') policyId: string): Promise<PolicyVersion[]> {
    return this.versions.execute(trustId, policyId);
  }

  @Get(':policyId/versions/:version/document')
  @ApiOperation({ summary: "Download a version's document", description: 'The document attached to a version, as it was uploaded (its type, and its original name in Content-Disposition), after checking the stored bytes still match the SHA-256 the log recorded. Anyone with a role in this trust may call it, and the operator.' })
  @ApiProduces(...Object.values(ATTACHABLE_MEDIA_TYPES))
  @ApiOkResponse({ description: 'The document’s bytes.', content: Object.fromEntries(Object.values(ATTACHABLE_MEDIA_TYPES).map((type) => [type, { schema: { ...BINARY_SCHEMA } }])) })
  @ApiProblems(404, 409)
  @Access('downloadPolicyDocument')
  async downloadDocument(@Param('trustId') trustId: string, @Param('policyId') policyId: string, @Param('version') version: string): Promise<StreamableFile> {
    const { document, bytes } = await this.documentOf.execute(trustId, policyId, version);
    return new StreamableFile(bytes, { type: document.mediaType, disposition: attachmentDisposition(document.fileName), length: bytes.length });
  }

  @Post(':policyId/approvals')
  @ApiOperation({ summary: 'Approve a policy version', description: 'Records that the named body approved a version of a trust-wide policy, with the date and minute reference. Only trust admins of this trust may call it.' })
  @ApiWriteAnswer('The approval is recorded.')
  @ApiWriteProblems()
  @Access('approvePolicy')
  approve(@Param('policyId') policyId: string, @Body() body: ApproveVersionDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response) {
    return this.change(origin, policyId, { type: 'ApprovePolicyVersion', data: body }, res);
  }

  @Post(':policyId/reviews')
  @ApiOperation({ summary: 'Review a trust-wide policy', description: 'Records a review of a trust-wide policy (no change or amended) and when it is next due. Only trust admins of this trust may call it.' })
  @ApiWriteAnswer('The review is recorded.')
  @ApiWriteProblems()
  @Access('reviewPolicy')
  review(@Param('policyId') policyId: string, @Body() body: ReviewDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response) {
    return this.change(origin, policyId, { type: 'ReviewPolicy', data: body }, res);
  }

  /** Retires the policy: it leaves every register; its history stays. */
  @Post(':policyId/retirement')
  @ApiOperation({ summary: 'Retire a policy', description: 'The policy leaves every register; its history stays in the log. Only trust admins of this trust may call it.' })
  @ApiWriteAnswer('The policy is retired.')
  @ApiWriteProblems()
  @Access('retirePolicy')
  retire(@Param('policyId') policyId: string, @Body() body: RetirePolicyDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response) {
    return this.change(origin, policyId, { type: 'RetirePolicy', data: body }, res);
  }

  private async change(origin: RequestOrigin, policyId: string, change: PolicyChange, res: Response): Promise<WriteAnswer> {
    return answerWrite(res, await this.commands.execute(new ChangePolicyCommand(origin, policyId, change)));
  }
}
