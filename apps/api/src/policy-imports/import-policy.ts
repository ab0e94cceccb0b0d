import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { policyDecider, schoolPolicyDecider, streamIds } from '@governance/domain';
import type { UploadedFile } from '@governance/documents';
import { RequestOrigin } from '../auth/command-origin.decorator';
import { Clock } from '../clock/clock';
import { CommandExecutor } from '../commands/command-executor';
import { newEntityId } from '../idempotency/idempotent-run';
import { commandOrigin, routeTrustId } from '../trusts/write-answer';
import { ImportCorrections, planImport } from './import-plan';
import { ImportAnswer, ReadPolicyDocumentQuery } from './read-policy-document';

/** Registers a policy from a document (and, with a school, its adoption there). */
export class ImportPolicyCommand extends Command<ImportAnswer> {
  constructor(
    readonly origin: RequestOrigin,
    readonly file: UploadedFile,
    readonly corrections: ImportCorrections,
    readonly schoolId?: string,
  ) {
    super();
  }
}

@CommandHandler(ImportPolicyCommand)
export class ImportPolicyHandler implements ICommandHandler<ImportPolicyCommand> {
  constructor(
    private readonly readDocument: ReadPolicyDocumentQuery,
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
  ) {}

  async execute({ origin, file, corrections, schoolId }: ImportPolicyCommand): Promise<ImportAnswer> {
    const trustId = routeTrustId(origin);
    const read = await this.readDocument.execute(trustId, file, schoolId);
    const policyId = newEntityId('policy');
    const context = { now: this.clock.now(), today: this.clock.today(), actorId: origin.actor.actorId };
    const plan = planImport(read.detected, corrections, { trustId, policyId, schoolId, sourceFile: file.name }, context);
    let position = 0n;
    for (const command of plan.policyCommands) {
      position = (await this.executor.execute(policyDecider, streamIds.policy(policyId), command, commandOrigin(origin, trustId))).position;
    }
    for (const command of plan.schoolCommands) {
      const school = schoolId as string;
      position = (await this.executor.execute(schoolPolicyDecider, streamIds.schoolPolicy(school, policyId), command, commandOrigin(origin, trustId, school))).position;
    }
    return { ...read, warnings: [...read.warnings, ...plan.warnings], policyId, position: String(position) };
  }
}
