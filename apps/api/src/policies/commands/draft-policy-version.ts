import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { checkAttachableDocument, DocumentAttachmentRefusal } from '@governance/documents';
import { PolicyDocument, PolicyEvent, policyDecider, streamIds } from '@governance/domain';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { CommandExecutor } from '../../commands/command-executor';
import { DocumentStore, sha256Of } from '../../documents/document-store';
import { problem, problemType } from '../../http/problem';
import { ProblemException } from '../../http/problem-details.filter';
import { commandOrigin, routeTrustId } from '../../trusts/write-answer';
import { PolicyReader } from '../policy-reader';
import { PolicyChangeOutcome } from './change-policy';

/** An uploaded file as multer gives it: the name it was sent with and its bytes. */
export interface UploadedDocument {
  name: string;
  bytes: Buffer;
}

export class DraftPolicyVersionCommand extends Command<PolicyChangeOutcome> {
  constructor(
    readonly origin: RequestOrigin,
    readonly policyId: string,
    readonly input: { summary: string; documentUrl?: string | null },
    readonly upload?: UploadedDocument,
  ) {
    super();
  }
}

/**
 * Drafts a version of one of the trust's policies, with the document attached when one was
 * uploaded. The file is checked first (kind and size), then the decider decides, and only then
 * are the bytes stored, just before the event naming them is appended: a refused upload stores
 * nothing and appends nothing.
 */
@CommandHandler(DraftPolicyVersionCommand)
export class DraftPolicyVersionHandler implements ICommandHandler<DraftPolicyVersionCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly policies: PolicyReader,
    private readonly documents: DocumentStore,
  ) {}

  async execute({ origin, policyId, input, upload }: DraftPolicyVersionCommand): Promise<PolicyChangeOutcome> {
    const trustId = routeTrustId(origin);
    await this.policies.ofTrust(trustId, policyId);
    const document = upload ? describeUpload(upload) : null;
    const result = await this.executor.execute(
      policyDecider,
      streamIds.policy(policyId),
      { type: 'DraftPolicyVersion', data: { ...input, policyId, document } },
      commandOrigin(origin, trustId),
      { beforeAppend: () => (upload ? this.documents.put(upload.bytes) : undefined) },
    );
    return { id: policyId, position: result.position, changed: result.changed, events: result.events as PolicyEvent[] };
  }
}

function describeUpload(upload: UploadedDocument): PolicyDocument {
  try {
    const fileName = plainFileName(upload.name);
    const { mediaType } = checkAttachableDocument(fileName, upload.bytes);
    return { sha256: sha256Of(upload.bytes), fileName, mediaType, bytes: upload.bytes.length };
  } catch (error) {
    if (!(error instanceof DocumentAttachmentRefusal)) throw error;
    throw new ProblemException(
      problem(error.status, error.message, {
        type: problemType(`document-${error.code}`),
        title: error.status === 413 ? 'This document is too big to keep' : 'This document cannot be attached',
        code: error.code,
        errors: [{ field: 'document', message: error.message }],
      }),
    );
  }
}

/** The name without any folder a client sent with it, control characters, or more than 255 characters. */
function plainFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return base.length > 255 ? base.slice(base.length - 255) : base || 'document';
}
