import { Injectable } from '@nestjs/common';
import { isDocumentError, readPolicyDocumentInWorker, UploadedFile } from '@governance/documents';
import type { ImportAnswer } from '@governance/contracts';
import { Clock } from '../clock/clock';
import { problem, problemType } from '../http/problem';
import { ProblemException } from '../http/problem-details.filter';
import { GetSchoolQuery } from '../trusts/queries/get-school';

/** What a document says; an import that registered it adds the policy id and log position. */
export type { ImportAnswer };

/**
 * Reads a policy document (in a worker thread, within the limits of the documents library) and
 * answers what it found, recording nothing: a dry-run import. Throws ExtractionBusyError when
 * too many documents are waiting to be read.
 */
@Injectable()
export class ReadPolicyDocumentQuery {
  constructor(
    private readonly getSchool: GetSchoolQuery,
    private readonly clock: Clock,
  ) {}

  async execute(trustId: string, file: UploadedFile, schoolId?: string): Promise<ImportAnswer> {
    if (schoolId) await this.getSchool.execute(trustId, schoolId);
    const read = await readPolicyDocumentInWorker(file, { today: this.clock.today() }).catch((error: unknown) => {
      if (isDocumentError(error)) {
        // Titles in the office's words, not HTTP's: the web app shows them as the heading.
        const title = error.status === 413 ? 'This document is too big to read' : 'This document cannot be imported';
        throw new ProblemException(problem(error.status, error.message, { type: problemType(`document-${error.code}`), title, code: error.code }));
      }
      throw error;
    });
    return { detected: read.detected, sources: read.sources, warnings: read.warnings };
  }
}
