import { Body, Controller, HttpCode, Param, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { ExtractionBusyError, MAX_DOCUMENT_BYTES } from '@governance/documents';
import type { Response } from 'express';
import { TrustAccess } from '../auth/access-rule';
import { Origin, RequestOrigin } from '../auth/command-origin.decorator';
import { problem, problemType } from '../http/problem';
import { ProblemException } from '../http/problem-details.filter';
import { PolicyImportRequestDto } from './import-request.dto';
import { PolicyImportService } from './policy-import.service';

@ApiTags('policy imports')
@ApiBearerAuth()
@Controller('trusts/:trustId/policy-imports')
export class PolicyImportsController {
  constructor(private readonly imports: PolicyImportService) {}

  @Post()
  @HttpCode(200)
  @TrustAccess(['trust-admin'], { operator: true })
  @ApiConsumes('multipart/form-data')
  // Browsers send the file name as UTF-8 bytes without saying so; busboy's default reads latin1.
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1, fields: 20 }, defParamCharset: 'utf8' }))
  async import(
    @Param('trustId') trustId: string,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() body: PolicyImportRequestDto,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) response: Response,
  ) {
    if (!file) {
      throw new ProblemException(
        problem(400, 'Attach the policy document as the "file" field (.txt, .docx or .pdf).', {
          type: problemType('validation'),
          errors: [{ field: 'file', message: 'a .txt, .docx or .pdf file is required' }],
        }),
      );
    }
    const { schoolId, dryRun = true, ...corrections } = body;
    const answer = await this.imports
      .import({ file: { name: file.originalname, bytes: file.buffer }, schoolId, dryRun, corrections }, { ...origin, trustId })
      .catch((error: unknown) => {
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
