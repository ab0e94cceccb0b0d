import { Body, Controller, HttpCode, Param, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ExtractionBusyError, MAX_DOCUMENT_BYTES } from '@governance/documents';
import type { Response } from 'express';
import { Access } from '../auth/access.decorator';
import { Origin, RequestOrigin } from '../auth/command-origin.decorator';
import { problem, problemType } from '../http/problem';
import { ProblemException } from '../http/problem-details.filter';
import { PolicyImportRequestDto } from './import-request.dto';
import { ImportPolicyCommand } from './import-policy';
import { ImportAnswer, ReadPolicyDocumentQuery } from './read-policy-document';
import { ApiProblem, ApiProblems, ApiSignedInProblems } from '../http/api-problems.decorator';
import { ImportAnswerSchema } from './import-answers.schema';

@ApiTags('policy imports')
@ApiBearerAuth()
@ApiSignedInProblems()
@Controller('trusts/:trustId/policy-imports')
export class PolicyImportsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly readDocument: ReadPolicyDocumentQuery,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Import a policy document', description: 'Reads a policy document (.txt, .docx or .pdf) and detects its title, review cycle and dates. With `dryRun` (the default) it only answers what it found; otherwise it also registers the policy. Trust admins of this trust may call it, and the operator.' })
  @ApiOkResponse({ description: 'Dry run: what was detected, and any warnings.', type: ImportAnswerSchema })
  @ApiCreatedResponse({ description: 'The policy is registered from the document: what was detected, warnings, `policyId` and `position`.', type: ImportAnswerSchema })
  @ApiProblems(400, 409, 413, 415, 422)
  @ApiProblem(503, 'Too many documents are being read at the moment: try again after Retry-After seconds.')
  @HttpCode(200)
  @Access('importPolicies')
  @ApiConsumes('multipart/form-data')
  // Browsers send the file name as UTF-8 bytes without saying so; busboy's default reads latin1.
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1, fields: 20 }, defParamCharset: 'utf8' }))
  async import(
    @Param('trustId') trustId: string,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() body: PolicyImportRequestDto,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ImportAnswer> {
    if (!file) {
      throw new ProblemException(
        problem(400, 'Attach the policy document as the "file" field (.txt, .docx or .pdf).', {
          type: problemType('validation'),
          errors: [{ field: 'file', message: 'a .txt, .docx or .pdf file is required' }],
        }),
      );
    }
    const { schoolId, dryRun = true, ...corrections } = body;
    const document = { name: file.originalname, bytes: file.buffer };
    // A dry run is a read; registering the policy is a write, so it goes through the command bus.
    const reading = dryRun
      ? this.readDocument.execute(trustId, document, schoolId)
      : this.commands.execute(new ImportPolicyCommand(origin, document, corrections, schoolId));
    const answer = await reading.catch((error: unknown) => {
        if (!(error instanceof ExtractionBusyError)) throw error;
        response.setHeader('Retry-After', String(error.retryAfterSeconds));
        throw new ProblemException(
          problem(503, `Too many documents are being read at the moment. Please try again in ${error.retryAfterSeconds} seconds.`, {
            type: problemType('imports-busy'),
            title: 'The importer is busy',
            code: 'imports-busy',
          }),
        );
      });
    if (!dryRun) response.status(201);
    return answer;
  }
}
