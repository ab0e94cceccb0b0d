import { ApiProblem } from './api/client.js';
import type { EiaStatus, ReviewStatus } from '@governance/contracts';
import { Child, h } from './dom.js';
import { EIA_LABELS, STATUS_LABELS } from './vocabulary.js';

/** Small shared pieces of the pages: badges, figures, notices, tables that scroll on phones. */

/** A status as a word in a coloured badge: the word carries the meaning, the colour only helps. */
export function statusBadge(status: ReviewStatus): HTMLSpanElement {
  return h('span', { class: `badge status-${status}` }, STATUS_LABELS[status] ?? status);
}

/**
 * An EIA status as a word in a badge; an out-of-date one names the version it was for and
 * carries a symbol, so it never rests on colour alone.
 */
export function eiaBadge(eia: EiaStatus, eiaVersion: number | null = null): HTMLSpanElement {
  if (eia === 'out-of-date') {
    const words = eiaVersion === null ? EIA_LABELS[eia] : `${EIA_LABELS[eia]} (for version ${eiaVersion})`;
    return h('span', { class: `badge eia-${eia}` }, h('span', { 'aria-hidden': 'true' }, '↻ '), words);
  }
  return h('span', { class: `badge eia-${eia}` }, EIA_LABELS[eia] ?? eia);
}

/** A headline number with its label, for dashboards. */
export function figure(label: string, value: string | number, tone: 'plain' | 'good' | 'warn' | 'bad' = 'plain', testId?: string): HTMLElement {
  return h(
    'div',
    { class: `figure figure-${tone}`, 'data-testid': testId },
    h('dt', {}, label),
    h('dd', {}, String(value)),
  );
}

export function figures(...items: HTMLElement[]): HTMLDListElement {
  return h('dl', { class: 'figures' }, items);
}

export function notice(kind: 'info' | 'success' | 'error' | 'warning', ...children: Child[]): HTMLDivElement {
  return h('div', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, children);
}

/** Explains an API error in plain words. */
export function problemNotice(error: unknown): HTMLDivElement {
  if (error instanceof ApiProblem) {
    const lead =
      error.status === 404
        ? 'This page is not there, or you do not have access to it.'
        : error.status === 403
          ? 'Your role does not allow this.'
          : error.status === 0
            ? 'No connection.'
            : 'Something went wrong.';
    return notice('error', h('p', {}, h('strong', {}, lead), ' ', error.detail));
  }
  return notice('error', h('p', {}, h('strong', {}, 'Something went wrong. '), error instanceof Error ? error.message : String(error)));
}

/** A data table in a region that scrolls sideways on a narrow screen (WCAG 1.4.10 allows it for tables). */
export function scrollingTable(label: string, table: HTMLTableElement): HTMLDivElement {
  return h('div', { class: 'table-scroll', role: 'region', 'aria-label': label, tabindex: 0 }, table);
}

export function loading(what = 'Loading'): HTMLParagraphElement {
  return h('p', { class: 'loading', role: 'status' }, `${what}…`);
}

export function section(title: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'panel' }, h('h2', {}, title), children);
}

export function actions(...children: Child[]): HTMLDivElement {
  return h('div', { class: 'actions' }, children);
}

/** A link styled as a button (it navigates, so it stays a link for assistive technology). */
export function buttonLink(route: string, label: string, secondary = false): HTMLAnchorElement {
  return h('a', { href: `#${route}`, class: secondary ? 'button button-secondary' : 'button' }, label);
}

/** The red "this cannot be undone" line above a confirmation. */
export function warningText(text: string): HTMLElement {
  return h('div', { class: 'warning-text' }, h('span', { class: 'warning-icon', 'aria-hidden': 'true' }, '!'), h('strong', {}, h('span', { class: 'visually-hidden' }, 'Warning: '), text));
}
