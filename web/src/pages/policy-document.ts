import type { AuditItem, PolicyDocumentInfo } from '@governance/contracts';
import { seg } from '../api/client.js';
import { AppContext, mayDo } from '../context.js';
import { describeDocument } from '../document-words.js';
import { h, replace } from '../dom.js';
import { download } from '../download.js';
import { problemNotice } from '../ui.js';

interface VersionDocument {
  version: number;
  document: PolicyDocumentInfo | null;
  documentUrl: string | null;
}

/** The newest version of the policy that has its document attached or linked, from its history. */
export function latestVersionDocument(history: AuditItem[]): VersionDocument | null {
  const versions = history
    .filter((item) => item.type === 'PolicyVersionDrafted' && item.data && !item.withdrawn)
    .map((item) => {
      const data = item.data as Record<string, unknown>;
      return {
        version: Number(data.version),
        document: (data.document as PolicyDocumentInfo | null | undefined) ?? null,
        documentUrl: typeof data.documentUrl === 'string' ? data.documentUrl : null,
      };
    })
    .filter((entry) => entry.document || entry.documentUrl)
    .sort((a, b) => b.version - a.version);
  return versions[0] ?? null;
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
