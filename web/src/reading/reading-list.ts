import { api, ApiProblem, seg } from '../api/client.js';
import type { AcknowledgePolicyRequest, MyReading, PolicyAcknowledgement, ReadingItem } from '@governance/contracts';
import { h, replace } from '../dom.js';
import { download } from '../download.js';
import { formatDate } from '../format.js';
import { navigate } from '../router.js';
import { notice, problemNotice } from '../ui.js';

/*
 * A member of staff's reading: each adopted version they must read, with its summary and
 * document, and one button to say they have read it. Pressing it records the acknowledgement
 * and moves the policy to "Read and acknowledged"; the server's refusals are said in words.
 */

export function myReading(minPosition?: string): Promise<MyReading> {
  return api<MyReading>('/api/me/reading', { minPosition });
}

/** "Policies to read (2)", or "Policies to read" when there is nothing to read. */
export function readingLabel(reading: MyReading): string {
  return reading.items.length > 0 ? `Policies to read (${reading.items.length})` : 'Policies to read';
}

export interface ReadingListOptions {
  /** Show "Read and acknowledged" under the list (the reading page; the home page links to it). */
  withAcknowledged: boolean;
  /** Told after each acknowledgement, with the reading as it now is. */
  onChange?: (reading: MyReading) => void;
}

/** The two lists, kept in step with what the person presses. */
export function readingLists(start: MyReading, options: ReadingListOptions): HTMLElement {
  let reading = start;
  const status = h('div', { class: 'form-status', 'data-testid': 'reading-status' });
  const root = h('div', { class: 'reading' });
  const render = () => {
    replace(
      root,
      status,
      h(
        'section',
        { class: 'panel', 'aria-labelledby': 'to-read-heading' },
        h('h2', { id: 'to-read-heading' }, readingLabel(reading)),
        reading.items.length === 0
          ? h('p', { 'data-testid': 'nothing-to-read' }, 'You have nothing to read at the moment.')
          : h('ul', { class: 'reading-items', 'data-testid': 'to-read' }, reading.items.map((item) => h('li', {}, readingItem(item, acknowledge)))),
      ),
      options.withAcknowledged ? acknowledgedSection(reading) : null,
    );
  };
  const acknowledge = async (item: ReadingItem, button: HTMLButtonElement) => {
    button.disabled = true;
    button.textContent = 'Saving…';
    try {
      const done = await api<PolicyAcknowledgement>(
        `/api/trusts/${seg(item.trustId)}/schools/${seg(item.schoolId)}/policies/${seg(item.policyId)}/acknowledgements`,
        { method: 'POST', json: { version: item.version } satisfies AcknowledgePolicyRequest },
      );
      reading = {
        items: reading.items.filter((other) => !(other.schoolId === item.schoolId && other.policyId === item.policyId)),
        acknowledged: [{ schoolId: item.schoolId, policyId: item.policyId, title: item.title, version: item.version, acknowledgedOn: done.acknowledgedOn }, ...reading.acknowledged],
      };
      render();
      replace(status, notice('success', h('p', {}, `Thank you. You acknowledged version ${item.version} of “${item.title}” on ${formatDate(done.acknowledgedOn)}.`)));
      options.onChange?.(reading);
    } catch (error) {
      button.disabled = false;
      button.textContent = buttonText;
      replace(status, refusal(error));
    }
    status.setAttribute('tabindex', '-1');
    status.focus();
  };
  render();
  return root;
}

const buttonText = 'I have read and understood this policy';

function readingItem(item: ReadingItem, acknowledge: (item: ReadingItem, button: HTMLButtonElement) => Promise<void>): HTMLElement {
  const downloadStatus = h('div', { class: 'form-status', role: 'status' });
  // The name starts with the words on the button (WCAG 2.5.3) and names the policy, as each card has one.
  const button = h('button', { type: 'button', class: 'button button-full', 'aria-label': `${buttonText}: ${item.title}` }, buttonText);
  button.addEventListener('click', () => void acknowledge(item, button));
  return h(
    'article',
    { class: 'reading-item', 'data-testid': 'reading-item' },
    h('h3', {}, item.title),
    h(
      'dl',
      { class: 'reading-facts' },
      h('div', {}, h('dt', {}, 'School'), h('dd', {}, item.schoolName)),
      h('div', {}, h('dt', {}, 'Version'), h('dd', {}, `${item.version}, adopted on ${formatDate(item.adoptedOn)}`)),
    ),
    item.summary ? h('p', { class: 'reading-summary' }, item.summary) : null,
    documentOf(item, downloadStatus),
    downloadStatus,
    button,
  );
}

/** The document to read: the link given with the version, or the attached file (downloaded with the session). */
function documentOf(item: ReadingItem, status: HTMLElement): HTMLElement {
  if (item.documentUrl) {
    return h('p', {}, h('a', { href: item.documentUrl, target: '_blank', rel: 'noopener noreferrer' }, `Read “${item.title}” (opens in a new tab)`));
  }
  const documentPath = item.documentPath;
  if (documentPath) {
    return h(
      'p',
      {},
      h(
        'button',
        {
          type: 'button',
          class: 'button button-secondary button-full',
          'aria-label': `Download the policy: ${item.title}`,
          onclick: async () => {
            replace(status, h('p', {}, 'Preparing the document…'));
            try {
              replace(status, h('p', {}, `${await download(documentPath, `${item.title} v${item.version}`)} downloaded.`));
            } catch (error) {
              replace(status, problemNotice(error));
            }
          },
        },
        'Download the policy',
      ),
    );
  }
  return h('p', { class: 'hint' }, 'No document was attached to this version: ask the school office for a copy.');
}

function acknowledgedSection(reading: MyReading): HTMLElement {
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'acknowledged-heading' },
    h('h2', { id: 'acknowledged-heading' }, 'Read and acknowledged'),
    reading.acknowledged.length === 0
      ? h('p', {}, 'Nothing yet.')
      : h(
          'ul',
          { class: 'plain-list', 'data-testid': 'acknowledged' },
          reading.acknowledged.map((done) => h('li', {}, h('strong', {}, done.title), `, version ${done.version}: acknowledged on ${formatDate(done.acknowledgedOn)}`)),
        ),
  );
}

/** The server's refusal in words, and for a version no longer in force a way to see the new one. */
function refusal(error: unknown): HTMLElement {
  if (error instanceof ApiProblem && error.status === 422) {
    return notice(
      'error',
      h('p', {}, h('strong', {}, 'This was not recorded. '), error.detail),
      h('p', {}, h('button', { type: 'button', class: 'button button-secondary', onclick: () => navigate('/reading') }, 'Reload your reading')),
    );
  }
  if (error instanceof ApiProblem && error.status === 403) {
    return notice('error', h('p', {}, h('strong', {}, 'This was not recorded. '), 'You are no longer on this school’s staff list, so you are not asked to read its policies. Ask the school office if this is wrong.'));
  }
  return problemNotice(error);
}
