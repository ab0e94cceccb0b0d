import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { policyDecider, schoolPolicyDecider, streamIds } from '@governance/domain';
import { isDocumentError, readPolicyDocumentInWorker, UploadedFile } from '@governance/documents';
import { Clock } from '../clock/clock';
import { CommandExecutor, CommandOrigin } from '../commands/command-executor';
import { problem, problemType } from '../http/problem';
import { ProblemException } from '../http/problem-details.filter';
import { GetSchoolQuery } from '../trusts/queries/get-school';
import { ImportCorrections, planImport } from './import-plan';
import { newEntityId } from '../idempotency/idempotent-run';
import type { ImportAnswer } from '@governance/contracts';

export interface ImportRequest {
  file: UploadedFile;
  schoolId?: string;
  dryRun: boolean;
  corrections: ImportCorrections;
}

export type { ImportAnswer };

/**
 * Reads a policy document (in a worker thread, within the limits of the documents library) and,
 * unless it is a dry run, records what it says. Throws ExtractionBusyError when too many
 * documents are waiting to be read.
 */
@Injectable()
export class PolicyImportService {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly queries: QueryBus,
    private readonly clock: Clock,
  ) {}

  async import(request: ImportRequest, origin: CommandOrigin): Promise<ImportAnswer> {
    if (request.schoolId) await this.queries.execute(new GetSchoolQuery(origin.trustId, request.schoolId));
    const read = await readPolicyDocumentInWorker(request.file, { today: this.clock.today() }).catch((error: unknown) => {
      if (isDocumentError(error)) {
        // Titles in the office's words, not HTTP's: the web app shows them as the heading.
        const title = error.status === 413 ? 'This document is too big to read' : 'This document cannot be imported';
        throw new ProblemException(problem(error.status, error.message, { type: problemType(`document-${error.code}`), title, code: error.code }));
      }
      throw error;
    });
    const answer: ImportAnswer = { detected: read.detected, sources: read.sources, warnings: read.warnings };
    if (request.dryRun) return answer;

    const policyId = newEntityId('policy');
    const context = { now: this.clock.now(), today: this.clock.today(), actorId: origin.actor.actorId };
    const plan = planImport(read.detected, request.corrections, { trustId: origin.trustId, policyId, schoolId: request.schoolId, sourceFile: request.file.name }, context);
    let position = 0n;
    for (const command of plan.policyCommands) {
      position = (await this.executor.execute(policyDecider, streamIds.policy(policyId), command, { ...origin, schoolId: undefined })).position;
    }
    for (const command of plan.schoolCommands) {
      const schoolOrigin = { ...origin, schoolId: request.schoolId };
      position = (await this.executor.execute(schoolPolicyDecider, streamIds.schoolPolicy(request.schoolId as string, policyId), command, schoolOrigin)).position;
    }
    return { ...answer, warnings: [...answer.warnings, ...plan.warnings], policyId, position: String(position) };
  }
}
