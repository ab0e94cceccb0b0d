import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Browser } from './web-browser';

/** Someone who signs in through the sign-in page. */
export interface WebPerson {
  email: string;
  password: string;
  name: string;
}

/**
 * Pages of one browser against one server, collecting the errors that must fail a test:
 * uncaught script errors and Content-Security-Policy refusals (call `takeErrors()` after each
 * test and expect none).
 */
export class WebPages {
  private readonly errors: string[] = [];

  constructor(
    private readonly browser: Browser,
    private readonly url: string,
  ) {}

  async newPage(viewport?: { width: number; height: number }): Promise<Page> {
    const page = await this.browser.context.newPage();
    if (viewport) await page.setViewportSize(viewport);
    page.on('pageerror', (error) => this.errors.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) this.errors.push(`CSP: ${message.text()}`);
    });
    return page;
  }

  /** Signs in on the sign-in page and waits for the welcome heading. */
  async signIn(person: WebPerson, viewport?: { width: number; height: number }): Promise<Page> {
    const page = await this.newPage(viewport);
    await page.goto(`${this.url}/`);
    await page.getByLabel('Email address').fill(person.email);
    await page.getByLabel('Password', { exact: true }).fill(person.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: `Welcome, ${person.name}` }).waitFor();
    return page;
  }

  /** The errors collected since the last call. */
  takeErrors(): string[] {
    return this.errors.splice(0);
  }
}

/** The rule sets the app is held to: WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practice. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * What axe-core finds wrong on the page, as "rule: the first offending element" lines. Without
 * tags, every rule axe runs by default; with tags, exactly the rules carrying one of them (so
 * rules axe leaves off by default, such as WCAG 2.2's target size, run too).
 */
export async function accessibilityViolations(page: Page, tags?: string[]): Promise<string[]> {
  // Evaluated rather than added as a script tag, which the app's own CSP rightly refuses.
  if (!(await page.evaluate<boolean>(`typeof axe !== 'undefined'`))) await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const options = JSON.stringify(tags ? { resultTypes: ['violations'], runOnly: { type: 'tag', values: tags } } : { resultTypes: ['violations'] });
  return page.evaluate<string[]>(`axe.run(document, ${options}).then((result) =>
    result.violations.map((v) => v.id + ': ' + v.nodes.length + ' element(s), first ' + (v.nodes[0] ? v.nodes[0].target.join(' ') : '')))`);
}

/** Form controls without a label or accessible name (there should be none on any page). */
export function unlabelledControls(page: Page): Promise<string[]> {
  // A string, as it runs in the page (this project's TypeScript has no DOM types).
  return page.evaluate<string[]>(`[...document.querySelectorAll('input, select, textarea')]
    .filter((c) => c.type !== 'hidden' && c.labels.length === 0 && !c.getAttribute('aria-label'))
    .map((c) => c.outerHTML)`);
}
