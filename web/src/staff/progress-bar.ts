import { h } from '../dom.js';

/** Whole per cent done, rounded down so "100%" only ever means everyone; null when nobody is asked. */
export function percentDone(done: number, expected: number): number | null {
  return expected === 0 ? null : Math.floor((done * 100) / expected);
}

/** "3 of 5 (60%)", or that nobody is asked yet. */
export function progressWords(done: number, expected: number): string {
  return expected === 0 ? 'No staff asked yet' : `${done} of ${expected} (${percentDone(done, expected)}%)`;
}

/**
 * "3 of 5 (60%)" in words beside a bar. The words carry the figure (read aloud, and readable
 * without colour); the bar is a dark fill in an outlined box, so its length shows in greyscale too.
 */
export function progressBar(done: number, expected: number): HTMLElement {
  const pct = percentDone(done, expected);
  const fill = h('span', { class: 'progress-fill' });
  fill.style.width = `${pct ?? 0}%`; // through the CSSOM, which the Content-Security-Policy never blocks
  return h(
    'span',
    { class: 'progress' },
    h('span', { class: 'progress-bar', 'aria-hidden': 'true' }, fill),
    h('span', { class: 'progress-words' }, progressWords(done, expected)),
  );
}
