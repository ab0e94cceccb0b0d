import { seg } from '../api/client.js';
import { AppContext, mayDo } from '../context.js';
import { h, replace } from '../dom.js';
import { download } from '../download.js';
import { problemNotice, section } from '../ui.js';

/**
 * The school's evidence pack for an inspection or an audit, for those the server's table allows
 * (trust admins, clerks, trustees): one zip, sealed with a manifest of SHA-256 sums.
 */
export function evidencePackPanel(context: AppContext, schoolId: string, schoolName: string): HTMLElement | null {
  if (!mayDo(context.me, 'evidencePack', schoolId)) return null;
  const status = h('div', { class: 'form-status', role: 'status' });
  const fallbackName = `evidence-pack-${context.today}.zip`;
  const button = h(
    'button',
    {
      type: 'button',
      class: 'button button-secondary',
      'data-testid': 'evidence-pack',
      onclick: async () => {
        replace(status, h('p', {}, 'Preparing the evidence pack…'));
        try {
          const saved = await download(`/api/trusts/${seg(context.trustId)}/schools/${seg(schoolId)}/evidence-pack`, fallbackName, { accept: 'application/zip' });
          replace(status, h('p', {}, `${saved} downloaded.`));
        } catch (error) {
          replace(status, problemNotice(error));
        }
      },
    },
    'Download the evidence pack (zip)',
  );
  return section(
    'Evidence pack for an inspection',
    h(
      'p',
      {},
      `One zip file for ${schoolName} as of today: the policy register, each policy’s history (what happened, when, and who recorded it), decisions, equality impact assessments, link governor visits and reports, the headteacher’s termly reports and the check of the tamper-evident record. Its manifest lists a SHA-256 fingerprint of every file, so an inspector can check nothing was changed after it was downloaded (README.txt inside says how). Downloading it is recorded in the history.`,
    ),
    h('div', { class: 'actions' }, button),
    status,
  );
}
