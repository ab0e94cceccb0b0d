import { h, replace } from './dom.js';
import { download } from './download.js';
import { problemNotice } from './ui.js';

/** A button that downloads an API answer as a file, saying in `status` that it is on its way, then done or what went wrong. */
export function downloadButton(status: HTMLElement, label: string, apiPath: string, filename: string, accept: string): HTMLElement {
  return h(
    'button',
    {
      type: 'button',
      class: 'button button-secondary',
      onclick: async () => {
        replace(status, h('p', {}, `Preparing ${filename}…`));
        try {
          replace(status, h('p', {}, `${await download(apiPath, filename, { accept })} downloaded.`));
        } catch (error) {
          replace(status, problemNotice(error));
        }
      },
    },
    label,
  );
}
