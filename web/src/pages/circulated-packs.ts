import type { AuditItem, AuditPage } from '@governance/contracts';
import { api, query, seg } from '../api/client.js';
import { actorName, AppContext, mayDo } from '../context.js';
import { h, replace } from '../dom.js';
import { download, MEDIA } from '../download.js';
import { formatDate, formatTerm } from '../format.js';
import { problemNotice, section } from '../ui.js';

const FORMAT_NAMES: Record<string, { label: string; extension: string; accept: string }> = {
  json: { label: 'data file', extension: 'json', accept: MEDIA.json },
  markdown: { label: 'plain text', extension: 'md', accept: MEDIA.markdown },
  docx: { label: 'Word document', extension: 'docx', accept: MEDIA.docx },
};

/**
 * The packs generated for this term and body (the audit trail's MinutesInputsGenerated
 * entries), newest first, each downloadable as circulated: rebuilt from the log as it stood
 * then, whatever has been recorded since.
 */
export async function circulatedPacks(context: AppContext, term: string, schoolId: string, minPosition?: string): Promise<HTMLElement | null> {
  if (!mayDo(context.me, 'minutesPack', schoolId || undefined)) return null;
  const base = `/api/trusts/${seg(context.trustId)}`;
  let items: AuditItem[];
  try {
    const page = await api<AuditPage>(`${base}/audit${query({ type: 'MinutesInputsGenerated', schoolId: schoolId || undefined, limit: 100 })}`, { minPosition });
    items = page.items.filter((item) => item.data?.term === term && (item.data?.schoolId ?? '') === schoolId && item.eventId !== null);
  } catch (error) {
    return section('Packs generated for this term', problemNotice(error));
  }
  const status = h('div', { class: 'form-status', role: 'status' });
  const row = (item: AuditItem, index: number) => {
    const data = item.data ?? {};
    const format = FORMAT_NAMES[String(data.format)] ?? FORMAT_NAMES.json;
    const generatedOn = formatDate(String(data.generatedOn ?? ''));
    const rebuildable = typeof data.builtAt === 'string';
    return h(
      'li',
      {},
      `${format.label}, ${generatedOn}, by ${actorName(context, item.actorId, item.actorRole)} `,
      rebuildable
        ? h(
            'button',
            {
              type: 'button',
              class: 'button button-secondary',
              onclick: async () => {
                replace(status, h('p', {}, 'Preparing the pack as circulated…'));
                try {
                  const saved = await download(`${base}/minutes-packs/${seg(item.eventId as string)}`, `minutes-inputs-${term}-as-circulated.${format.extension}`, { accept: format.accept });
                  replace(status, h('p', {}, `${saved} downloaded.`));
                } catch (error) {
                  replace(status, problemNotice(error));
                }
              },
            },
            'Download as circulated',
            // Each button's name differs from the others' and from the download buttons above.
            h('span', { class: 'visually-hidden' }, `: pack ${index + 1}, generated ${generatedOn}`),
          )
        : h('span', {}, '(generated before packs were kept: it cannot be rebuilt)'),
    );
  };
  return section(
    'Packs generated for this term',
    h('p', {}, `Every pack generated for ${formatTerm(term)}, newest first. “Download as circulated” gives the pack exactly as it was sent, even if entries were recorded since.`),
    items.length === 0 ? h('p', {}, 'None yet.') : h('ul', { class: 'plain-list' }, items.map(row)),
    status,
  );
}
