import { apiFile, query, seg } from '../api/client.js';
import { AppContext, isTrustWide } from '../context.js';
import { h } from '../dom.js';
import { MEDIA } from '../download.js';
import { downloadButton } from '../download-button.js';
import { FormKit } from '../forms/form-kit.js';
import { termOptions } from '../forms/form-parts.js';
import { formatTerm } from '../format.js';
import { renderMarkdown } from '../markdown.js';
import { Route, navigate } from '../router.js';
import { PageView } from '../shell.js';
import { notice, problemNotice, section } from '../ui.js';
import { circulatedPacks } from './circulated-packs.js';

/**
 * The clerk's page: choose a term and a body (the trust board, or a school's governing body),
 * preview the inputs for the minutes and agenda, and download them as Word, plain text, data or
 * spreadsheets to paste into the meeting papers.
 */
export async function clerkPage(route: Route, context: AppContext): Promise<PageView> {
  const term = route.query.get('term') ?? context.term;
  const schoolId = route.query.get('schoolId') ?? (isTrustWide(context.me) ? '' : (context.schools[0]?.id ?? ''));
  const bodies = [
    ...(isTrustWide(context.me) ? [{ value: '', label: `${context.trust.name}: trust board (every school)` }] : []),
    ...context.schools.map((school) => ({ value: school.id, label: `${school.name}: local governing body` })),
  ];
  const kit = new FormKit('Choose the meeting');
  kit.add(
    kit.select('term', 'Term', termOptions(context.term, 3, 3), { value: term }),
    kit.choices('schoolId', 'Which body is meeting?', bodies, { value: schoolId }),
    kit.submit('Preview the minutes inputs'),
  );
  kit.onSubmit(async () => {
    const params = new URLSearchParams({ term: kit.value('term') });
    if (kit.value('schoolId')) params.set('schoolId', kit.value('schoolId'));
    navigate(`/clerk?${params.toString()}`);
  }, 'Loading…', { keepOpen: true });
  const chosen = route.query.has('term');
  return {
    title: 'Clerk’s termly pack',
    trail: [['Home', '/']],
    content: [
      h('p', { class: 'lead' }, 'Everything the minutes and agenda need for the term: reviews due and done, equality impact assessments, link governor visits and reports, the headteacher’s report and draft resolutions.'),
      kit.element(),
      chosen ? await pack(context, term, schoolId, bodies.find((body) => body.value === schoolId)?.label ?? '') : null,
    ],
  };
}

async function pack(context: AppContext, term: string, schoolId: string, bodyLabel: string): Promise<HTMLElement> {
  const base = `/api/trusts/${seg(context.trustId)}`;
  const minutes = `${base}/terms/${seg(term)}/minutes-inputs${query({ schoolId })}`;
  const slug = `${term}${schoolId ? `-${(context.schools.find((s) => s.id === schoolId)?.name ?? 'school').toLowerCase().replace(/[^a-z0-9]+/g, '-')}` : '-trust-board'}`;
  const status = h('div', { class: 'form-status', role: 'status' });
  const button = (label: string, apiPath: string, filename: string, accept: string) => downloadButton(status, label, apiPath, filename, accept);
  let preview: HTMLElement;
  /** Where the preview's own pack was recorded: the list below waits for it (read your writes). */
  let previewPosition: string | undefined;
  try {
    const answer = await apiFile(minutes, { accept: MEDIA.markdown });
    previewPosition = answer.position ?? undefined;
    const markdown = await answer.blob.text();
    preview = h('div', { class: 'markdown-preview', role: 'region', tabindex: 0, 'aria-label': 'Preview of the minutes inputs', 'data-testid': 'minutes-preview' }, renderMarkdown(markdown));
  } catch (error) {
    preview = problemNotice(error);
  }
  const circulated = await circulatedPacks(context, term, schoolId, previewPosition);
  return h(
    'div',
    {},
    section(
      `Downloads for ${formatTerm(term)}`,
      h('p', {}, bodyLabel),
      h(
        'div',
        { class: 'actions' },
        button('Word document (recommended)', minutes, `minutes-inputs-${slug}.docx`, MEDIA.docx),
        button('Plain text', minutes, `minutes-inputs-${slug}.md`, MEDIA.markdown),
        button('Compliance figures (spreadsheet)', `${base}/compliance.csv`, `compliance-${context.today}.csv`, MEDIA.csv),
        (schoolId ? context.schools.filter((school) => school.id === schoolId) : context.schools).map((school) =>
          button(`${school.name}: policy register (spreadsheet)`, `${base}/schools/${seg(school.id)}/policies.csv`, `policies-${school.id}.csv`, MEDIA.csv),
        ),
      ),
      // Structured data is for the trust's other systems, not for the meeting papers.
      h(
        'details',
        { class: 'other-software' },
        h('summary', {}, 'For other software'),
        h('p', {}, 'The same content as structured data, for a developer or another system to read.'),
        button('Download the data file', minutes, `minutes-inputs-${slug}.json`, MEDIA.json),
      ),
      status,
    ),
    section('Preview', notice('info', h('p', {}, 'The Word document and the plain text have the same content.')), preview),
    circulated,
  );
}
