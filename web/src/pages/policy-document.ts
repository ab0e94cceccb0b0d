import type { PolicyVersion } from '@governance/contracts';
import { api, seg } from '../api/client.js';
import { AppContext, mayDo } from '../context.js';
import { describeDocument } from '../document-words.js';
import { h, replace } from '../dom.js';
import { download } from '../download.js';
import { problemNotice } from '../ui.js';

type VersionDocument = Pick<PolicyVersion, 'version' | 'document' | 'documentUrl'>;

/** The policy's versions, when the reader may list them (anyone in the trust). */
export async function policyVersions(context: AppContext, policyId: string): Promise<PolicyVersion[]> {
  if (!mayDo(context.me, 'listPolicyVersions')) return [];
  return api<PolicyVersion[]>(`/api/trusts/${seg(context.trustId)}/policies/${seg(policyId)}/versions`);
}

/** The newest version that has its document attached or linked. */
export function latestVersionDocument(versions: PolicyVersion[]): VersionDocument | null {
  const withDocument = versions.filter((entry) => entry.document || entry.documentUrl).sort((a, b) => b.version - a.version);
  return withDocument[0] ?? null;
}

/**
 * "Download the document (Word, 45 KB)" for an attached document (fetched with the bearer token,
 * which a plain link cannot send), and the link for a linked one: what the summary list shows.
 */
export function policyDocumentValue(context: AppContext, policyId: string, found: VersionDocument): HTMLElement {
  const parts: (Node | string)[] = [];
  const { document } = found;
  if (document && mayDo(context.me, 'downloadPolicyDocument')) {
    const status = h('span', { role: 'status', class: 'document-status' });
    const apiPath = `/api/trusts/${seg(context.trustId)}/policies/${seg(policyId)}/versions/${found.version}/document`;
    const button = h(
      'button',
      {
        type: 'button',
        class: 'button button-secondary',
        'data-testid': 'download-document',
        onclick: async () => {
          replace(status, `Downloading ${document.fileName}…`);
          try {
            replace(status, `${await download(apiPath, document.fileName, { accept: document.mediaType })} downloaded.`);
          } catch (error) {
            replace(status, problemNotice(error));
          }
        },
      },
      `Download the document (${describeDocument(document)})`,
    );
    parts.push(button, h('p', { class: 'hint' }, `Version ${found.version}: ${document.fileName}`), status);
  }
  if (found.documentUrl) {
    parts.push(h('p', {}, h('a', { href: found.documentUrl, rel: 'noopener noreferrer', target: '_blank' }, `Read version ${found.version} where it is kept (opens in a new tab)`)));
  }
  return h('div', {}, ...parts);
}
