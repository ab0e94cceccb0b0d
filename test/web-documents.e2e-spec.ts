import { docxFromLines } from '@governance/documents/import/testing/make-docx';
import { readFileSync } from 'node:fs';
import { addSchool, addSignedInPerson, bearer, createTrustWithAdmin, SignedInPerson, TestTrust } from './support/fixtures';
import { accessibilityViolations, unlabelledControls } from './support/web-pages';
import { webSuite } from './support/web-suite';

const SLOW = 120_000;
const TITLE = 'Safeguarding and Child Protection';
const FILE_NAME = 'Safeguarding – Libra 2026.docx';

/*
 * Issue 19: a version with its document attached, in Debian's Chromium against the real server.
 * A trust admin attaches a Word document on the version form; a governor downloads the same
 * bytes, under the same (non-ASCII) name, from the policy's page.
 */
describe('policy documents in the browser', () => {
  let trust: TestTrust;
  let schoolId: string;
  let governor: SignedInPerson;
  let policyId: string;
  let docx: Buffer;

  const web = webSuite({ env: { CLOCK_TODAY: '2026-11-24' } });

  beforeAll(async () => {
    trust = await createTrustWithAdmin(web.app, { name: 'Libra Learning Trust' });
    schoolId = await addSchool(web.app, trust.id, trust.admin.token, { name: 'Libra Primary' });
    governor = await addSignedInPerson(web.app, trust, [{ role: 'governor', schoolId }]);
    const registered = await web.app.http
      .post(`/api/trusts/${trust.id}/policies`)
      .set(bearer(trust.admin.token))
      .send({ title: TITLE, scope: 'trust', reviewCycleMonths: 12, approver: 'trust-board' })
      .expect(201);
    policyId = registered.body.id;
    docx = await docxFromLines([`${TITLE} Policy`, 'Approved by: Trust Board', 'Date of Last Review: 14/11/2026']);
  }, 180_000);

  it('lets the trust admin attach a Word document to a new version, saying which files it takes', async () => {
    const page = await web.pages.signIn(trust.admin);
    await page.goto(`${web.url}/#/admin/policies/${policyId}/versions/new`);
    await page.getByRole('heading', { level: 1, name: `Add a version of ${TITLE}` }).waitFor();
    const input = page.getByLabel('Attach the document (optional)');
    expect(await input.getAttribute('type')).toBe('file');
    await page.getByText(/A Word document or PDF \(\.docx, \.pdf, \.odt, \.doc or \.txt\), at most 10 MB/).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await unlabelledControls(page)).toEqual([]);

    // A picture is refused in words beside the field, and nothing is recorded.
    await page.getByLabel('What changed').fill('First version, signed by the chair.');
    await input.setInputFiles({ name: 'scan.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]) });
    await page.getByRole('button', { name: 'Add the version' }).click();
    await page.getByRole('alert').getByText(/We cannot keep “scan.png”/).first().waitFor();

    await input.setInputFiles({ name: FILE_NAME, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: docx });
    await page.getByRole('button', { name: 'Add the version' }).click();
    await page.getByTestId('saved').getByText(`Version 1 of “${TITLE}” is added with “${FILE_NAME}” attached.`).waitFor();
    const trail = await web.app.http.get(`/api/trusts/${trust.id}/audit`).query({ policyId }).set(bearer(trust.admin.token)).expect(200);
    const drafted = (trail.body.items as { type: string; data: Record<string, unknown> }[]).filter((item) => item.type === 'PolicyVersionDrafted');
    expect(drafted.map((item) => item.data.document)).toEqual([expect.objectContaining({ fileName: FILE_NAME, bytes: docx.length })]);
    await page.close();
  }, SLOW);

  it('lets a governor download the same document from the policy’s page, under its own name', async () => {
    const page = await web.pages.signIn(governor);
    await page.goto(`${web.url}/#/schools/${schoolId}/policies/${policyId}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const button = page.getByRole('button', { name: /^Download the document \(Word, \d+ KB\)$/ });
    await button.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe(FILE_NAME);
    expect(Buffer.compare(readFileSync(await download.path()), docx)).toBe(0);
    await page.getByText(`${FILE_NAME} downloaded.`).waitFor();
    await page.close();
  }, SLOW);
});
