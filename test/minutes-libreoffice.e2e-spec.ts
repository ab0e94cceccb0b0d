import { extractPdf } from '@governance/documents/import/extract-pdf';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Response } from 'supertest';
import { bearer } from './support/fixtures';
import { buildMinutesTrust, MINUTES_TODAY, MinutesTrust } from './support/minutes-trust';
import { startTestApp, TestApp } from './support/test-app';

/**
 * The manual check of the README: LibreOffice (headless) opens the Word packs and renders them
 * to PDF. It runs only with LIBREOFFICE_CHECK=1 and `soffice` on the PATH, so the suite never
 * depends on LibreOffice:
 *   LIBREOFFICE_CHECK=1 npx jest test/minutes-libreoffice.e2e-spec.ts
 * Set KEEP_PDF=<folder> to keep the documents and PDFs for a look.
 */
const enabled = process.env.LIBREOFFICE_CHECK === '1';

function binary(res: Response, callback: (error: Error | null, body: Buffer) => void): void {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
}

(enabled ? describe : describe.skip)('the Word packs rendered by LibreOffice', () => {
  let app: TestApp;
  let trust: MinutesTrust;
  let dir: string;

  beforeAll(async () => {
    app = await startTestApp({ CLOCK_TODAY: MINUTES_TODAY });
    trust = await buildMinutesTrust(app);
    dir = process.env.KEEP_PDF ?? mkdtempSync(join(tmpdir(), 'minutes-lo-'));
    mkdirSync(dir, { recursive: true });
  }, 120_000);
  afterAll(async () => {
    await app.close();
    if (!process.env.KEEP_PDF) rmSync(dir, { recursive: true, force: true });
  });

  async function renderToPdf(query: string, name: string): Promise<{ text: string; pageCount: number }> {
    const response = await app.http
      .get(`/api/trusts/${trust.id}/terms/2027-spring/minutes-inputs${query}`)
      .set(bearer(trust.trustClerk.token))
      .set('X-Min-Position', trust.position)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const docx = join(dir, `${name}.docx`);
    writeFileSync(docx, response.body as Buffer);
    // A profile of its own, so a LibreOffice already running elsewhere does not take the job.
    const profile = pathToFileURL(join(dir, 'lo-profile')).href;
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
      timeout: 120_000,
      stdio: 'pipe',
    });
    const pdf = readFileSync(join(dir, `${name}.pdf`));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    return extractPdf(pdf);
  }

  it("renders the trust board's pack with its headings, tables and facts", async () => {
    const { text, pageCount } = await renderToPdf('?format=docx', 'trust-board');
    expect(pageCount).toBeGreaterThan(1);
    const flat = text.replace(/\s+/g, ' ');
    for (const fact of [
      'Inputs for the minutes: Trust board, Spring 2027',
      'Oakwood Learning Trust',
      'All academies',
      'TB/27/02',
      'Oak Primary',
      'Overdue reviews',
      'Gita Rao (SEND)',
      'No termly report was submitted for Spring 2027.',
      'That the trust board approves version 2 of “Complaints”.',
    ]) {
      expect(flat).toContain(fact);
    }
  }, 180_000);

  it("renders a school's pack", async () => {
    const { text } = await renderToPdf(`?format=docx&schoolId=${trust.oak}`, 'oak');
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Inputs for the minutes: Local governing body of Oak Primary, Spring 2027');
    expect(flat).toContain('That the local governing body adopts version 2 of “Safeguarding”.');
  }, 180_000);
});
