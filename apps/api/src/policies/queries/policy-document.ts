import { Injectable, Logger } from '@nestjs/common';
import type { PolicyDocumentInfo } from '@governance/contracts';
import { DocumentStore } from '../../documents/document-store';
import { problem, problemType } from '../../http/problem';
import { ProblemException } from '../../http/problem-details.filter';
import { PolicyReader } from '../policy-reader';
import { PolicyVersionsQuery } from './policy-versions';

export interface PolicyDocumentFile {
  document: PolicyDocumentInfo;
  bytes: Buffer;
}

/**
 * The document attached to one version of one of the trust's policies: its record from the log
 * and its stored bytes, checked against the hash the log recorded. A copy that is missing or
 * changed on disk is never sent; the answer says so in plain words and the server logs it.
 */
@Injectable()
export class PolicyDocumentQuery {
  private readonly logger = new Logger('PolicyDocuments');

  constructor(
    private readonly policies: PolicyReader,
    private readonly versions: PolicyVersionsQuery,
    private readonly documents: DocumentStore,
  ) {}

  async execute(trustId: string, policyId: string, version: string): Promise<PolicyDocumentFile> {
    const policy = await this.policies.ofTrust(trustId, policyId);
    const number = /^[1-9][0-9]{0,5}$/.test(version) ? Number(version) : NaN;
    const drafted = (await this.versions.execute(trustId, policyId)).find((entry) => entry.version === number);
    if (!drafted) throw notFound(`“${policy.title}” has no version ${version}.`);
    const { document } = drafted;
    if (!document) throw notFound(`Version ${number} of “${policy.title}” has no attached document${drafted.documentUrl ? '; it links to one instead' : ''}.`);
    const stored = this.documents.read(document.sha256);
    if (stored.found === 'intact') return { document, bytes: stored.bytes };
    this.logger.error(
      `The stored copy of ${document.sha256} (“${document.fileName}”, version ${number} of policy ${policyId}) is ${stored.found}` +
        (stored.found === 'damaged' ? `: its bytes hash to ${stored.actualSha256}` : '') +
        '. Restore DATA_DIR/documents from a backup.',
    );
    throw new ProblemException(
      problem(409, `The stored copy of “${document.fileName}” is ${stored.found === 'missing' ? 'missing' : 'damaged (it no longer matches what was uploaded)'}, so it cannot be sent. Ask the trust admin to attach the document again; the server’s operator has been told in the log and can restore it from a backup.`, {
        type: problemType('document-unavailable'),
        title: 'This document cannot be sent',
        code: 'document-unavailable',
      }),
    );
  }
}

function notFound(detail: string): ProblemException {
  return new ProblemException(problem(404, detail, { type: problemType('no-document'), title: 'No document' }));
}
