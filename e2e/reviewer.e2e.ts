/**
 * The reviewer's day in a real Chromium against the browser shell: open a package (wrong, then the
 * right passphrase), read an application and its PDF, score two applications (one lump-sum with a
 * budget opinion), recuse from one, see validation stop a bad submit, submit, export. The exported
 * file is then opened with the office's private key. Every reviewer screen is checked with axe and
 * photographed in zh-CN and en.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewBundleContentSchema } from '../shared/domain/review-bundle';
import type { Language } from '../shared/i18n/catalogs';
import { parseJsonBytes } from '../shared/json/parse';
import { openBundle } from '../electron/bundle/envelope';
import { reviewDigest } from '../electron/core/review-digest';
import { buildFixturePackage, type FixturePackage } from '../test/support/reviewer/fixtures';
import { seriousViolations } from './axe';
import { E2E_START, launchApp, type E2eApp } from './harness';
import { expectReadableLists } from './readable';

describe('the reviewer in a real browser', () => {
  let app: E2eApp;
  let general: FixturePackage;
  let lumpSum: FixturePackage;
  let challenge: FixturePackage;
  const files = mkdtempSync(path.join(os.tmpdir(), 'peerdesk-reviewer-e2e-'));
  const generalFile = path.join(files, 'GX-NSF-2026-张伟-v1.pdpkg');
  const lumpSumFile = path.join(files, 'GX-JQ-2026-张伟-v1.pdpkg');
  const challengeFile = path.join(files, 'GX-JB-2026-张伟-v1.pdpkg');

  beforeAll(async () => {
    general = await buildFixturePackage({ category: 'general' });
    lumpSum = await buildFixturePackage({ category: 'lump-sum' });
    writeFileSync(generalFile, general.bytes);
    writeFileSync(lumpSumFile, lumpSum.bytes);
    challenge = await buildFixturePackage({ category: 'challenge' });
    writeFileSync(challengeFile, challenge.bytes);
    app = await launchApp({ language: 'zh-CN' });
  });
  afterAll(async () => {
    await app.close();
  });

  /** Both languages, each checked with axe and for readable lists and photographed; ends in `back`. */
  async function capture(name: string, back: Language): Promise<void> {
    for (const language of back === 'en' ? (['zh-CN', 'en'] as const) : (['en', 'zh-CN'] as const)) {
      await app.switchLanguage(language);
      expect(await seriousViolations(app.page), `${name} (${language})`).toEqual([]);
      await expectReadableLists(app.page, `${name} (${language})`);
      await app.screenshot(name, language);
    }
  }

  it('opens, reads, scores, recuses, validates, submits and exports', async () => {
    const { page } = app;

    // Welcome: a wrong passphrase is refused with a clear message and changes nothing.
    await page.getByRole('heading', { name: '打开评审任务包' }).waitFor();
    await page.getByLabel('任务包文件').setInputFiles(generalFile);
    await page.getByLabel('口令', { exact: true }).fill('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF');
    await page.getByRole('button', { name: '打开任务包' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('口令不正确');
    await expect(page.getByText('未做任何更改。').isVisible()).resolves.toBe(true);
    const info = await app.dispatcher.invoke('app.info', {}, { language: 'en' });
    expect(info).toMatchObject({ ok: true, value: { workspace: null } });
    await capture('reviewer-open-package', 'en');

    await page
      .getByLabel('Passphrase', { exact: true })
      .fill(general.passphrase.toLowerCase().replace(/-/g, ' '));
    await page.getByRole('button', { name: 'Open package' }).click();
    await page.getByRole('heading', { name: 'Inbox' }).waitFor();
    await expect.poll(() => page.getByRole('row').count(), { timeout: 5_000 }).toBe(4);
    // The e2e day, not today: the page's clock and the shell's (which dated the workspace) both
    // start at E2E_START, so what the inbox shows (due dates, overdue marks) is the same any day.
    expect(await page.evaluate(() => new Date().toISOString().slice(0, 10))).toBe(E2E_START.slice(0, 10));
    const dated = await app.dispatcher.invoke('app.info', {}, { language: 'en' });
    expect(dated).toMatchObject({
      ok: true,
      value: { workspace: { createdAt: expect.stringMatching(/^2026-11-27T09:/) } },
    });

    // A second package (a lump-sum call) from inside the workspace.
    await page.getByRole('button', { name: 'Open package' }).first().click();
    await page.getByRole('heading', { name: 'Open an assignment package' }).waitFor();
    await page.getByLabel('Package file').setInputFiles(lumpSumFile);
    await page.getByLabel('Passphrase', { exact: true }).fill(lumpSum.passphrase);
    await page.locator('form.open-package').getByRole('button', { name: 'Open package' }).click();
    await page.getByText('Added GX-JQ-2026 (package version 1) with 3 applications.').waitFor();
    await capture('reviewer-open-package-merge', 'en');

    await page.getByRole('button', { name: 'Go to the inbox' }).click();
    await page.getByRole('heading', { name: 'Inbox' }).waitFor();
    await expect.poll(() => page.getByRole('row').count(), { timeout: 5_000 }).toBe(7);
    await page.getByLabel('Search').fill('甘蔗');
    await expect.poll(() => page.getByRole('row').count(), { timeout: 5_000 }).toBe(3);
    await page.getByLabel('Search').fill('');
    await capture('reviewer-inbox', 'en');

    // Read an application: details, budget, the PDF with page navigation, zoom and search.
    await page.getByRole('button', { name: 'Open GX-NSF-2026-001' }).click();
    await page.getByRole('heading', { name: /GX-NSF-2026-001/ }).waitFor();
    await expect(page.getByText('李明', { exact: true }).isVisible()).resolves.toBe(true);
    await page.getByRole('tab', { name: 'Budget' }).click();
    await expect(page.locator('.budget-table tfoot').textContent()).resolves.toContain('1,350,000');
    await page.getByRole('tab', { name: /Documents/ }).click();
    await page.locator('.textLayer span', { hasText: 'Project description' }).first().waitFor();
    // The PDF opens fitted to the width of its pane, not at 100 %.
    await page.waitForFunction(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas');
      const pane = canvas?.parentElement?.parentElement;
      return canvas && pane && Math.abs(pane.clientWidth - 24 - canvas.getBoundingClientRect().width) < 4;
    });
    const fitted = await page.locator('.pdf-zoom').textContent();
    expect(fitted).not.toBe('Zoom 100 %');
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.locator('.textLayer span', { hasText: 'Work plan' }).first().waitFor();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(page.locator('.pdf-zoom').textContent()).resolves.not.toBe(fitted);
    await page.getByPlaceholder('Search in document').fill('milestones');
    await page.getByRole('button', { name: 'Find' }).click();
    await page.getByText('1 of 1 match', { exact: true }).waitFor();
    await page.locator('.textLayer .pdf-match-current').waitFor();
    await capture('reviewer-application-pdf', 'en');

    // Score it; a too-short comment stops the submit with messages next to the fields.
    const criteria = [
      'Scientific significance',
      'Originality of the scientific idea',
      'Research plan and feasibility',
      'Track record and team',
    ];
    for (const [index, criterion] of criteria.entries()) {
      const group = page.getByRole('radiogroup', { name: new RegExp(`^${criterion}`) });
      await group.getByRole('radio', { name: index === 3 ? /^B Good/ : /^A Excellent/ }).check();
    }
    await page.getByLabel(/^Main strengths/).fill('思路新颖。');
    await page.getByLabel(/^Main weaknesses/).fill('风险分析不足，'.repeat(10));
    await page.getByRole('radio', { name: 'Fund with priority' }).check();
    await page.getByRole('radio', { name: 'Familiar', exact: true }).check();
    await page
      .getByTestId('save-state')
      .getByText(/^Saved/)
      .waitFor();
    await expect(page.locator('.overall').textContent()).resolves.toBe('3.75');
    await page.getByRole('button', { name: 'Submit review' }).click();
    await page.getByText(/Fix 1 field before submitting/).waitFor();
    await expect(page.getByText('At least 50 characters (5 so far).').isVisible()).resolves.toBe(true);
    await capture('reviewer-scoring-validation', 'en');
    await page.getByLabel(/^Main strengths/).fill('研究问题重要，学术思想新颖，技术路线清晰可行，'.repeat(3));
    await page.getByRole('button', { name: 'Submit review' }).click();
    // Submitting goes on to the next open application and says so.
    await page.getByText('GX-NSF-2026-001 was submitted. This is the next application still open.').waitFor();
    await page.getByRole('heading', { name: /GX-NSF-2026-002/ }).waitFor();
    // The shortcut list is modal (the language switch behind it is inert): one photograph per language.
    await app.switchLanguage('zh-CN');
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: '键盘快捷键' }).waitFor();
    await app.screenshot('reviewer-shortcuts', 'zh-CN');
    await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();
    await app.switchLanguage('en');
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await app.screenshot('reviewer-shortcuts', 'en');
    expect(await seriousViolations(page), 'reviewer-shortcuts').toEqual([]);
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Back to inbox' }).click();

    // The lump-sum application, with a budget opinion.
    await page.getByRole('button', { name: 'Open GX-JQ-2026-001' }).click();
    await page.getByRole('heading', { name: /GX-JQ-2026-001/ }).waitFor();
    for (const criterion of [
      'Academic achievements and influence',
      'Originality and feasibility of the research plan',
      'Potential and leadership',
    ]) {
      await page
        .getByRole('radiogroup', { name: new RegExp(`^${criterion}`) })
        .getByRole('radio', { name: /^B Excellent/ })
        .check();
    }
    await page.getByLabel(/^Main strengths/).fill('代表性成果原创性强，在国内同领域处于前列，'.repeat(3));
    await page.getByLabel(/^Main weaknesses/).fill('国际合作有待加强，团队梯队建设需进一步完善，'.repeat(3));
    // Issue 10, item 1: ~22,500 pasted characters are cut at the limit with a notice, and the rest of
    // the review is saved all the same.
    const toApplicant = page.getByLabel(/^Comments to the applicant/);
    await toApplicant.focus();
    await toApplicant.evaluate((element, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      element.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, '意见'.repeat(11_250));
    await page.getByText('20000 / 20000', { exact: true }).waitFor();
    await page.getByText(/cut to fit the limit of 20000 characters: 2500 characters were left out/).waitFor();
    await page.getByRole('radio', { name: 'Fundable' }).check();
    await page.getByRole('radio', { name: 'Somewhat familiar' }).check();
    await page
      .getByTestId('save-state')
      .getByText(/^Saved/)
      .waitFor();
    await capture('reviewer-comment-limit', 'en');
    await toApplicant.fill('');
    await page.getByRole('radio', { name: 'Too high' }).check();
    await page.getByLabel('Recommended amount (yuan)').fill('900000');
    await page.getByLabel(/^Reason/).fill('第三年设备费可与现有平台共享。');
    await page
      .getByTestId('save-state')
      .getByText(/^Saved/)
      .waitFor();
    await capture('reviewer-scoring-lump-sum', 'en');
    await page.getByRole('button', { name: 'Submit review' }).click();
    await page.getByText('GX-JQ-2026-001 was submitted. This is the next application still open.').waitFor();

    // Text typed a moment before a reload is kept on this computer and comes back.
    await page.getByRole('heading', { name: /GX-JQ-2026-002/ }).waitFor();
    await page.getByLabel(/^Main weaknesses/).fill('预算测算依据不足。');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.reload();
    await page.getByRole('button', { name: 'Inbox' }).first().click();
    await page.getByRole('button', { name: 'Open GX-JQ-2026-002' }).click();
    await expect(page.getByLabel(/^Main weaknesses/).inputValue()).resolves.toBe('预算测算依据不足。');
    await page.getByLabel(/^Main weaknesses/).fill('');
    await page.getByRole('button', { name: 'Back to inbox' }).click();

    // My scores side by side, and the deadline in the inbox.
    await page.getByRole('button', { name: 'My scores' }).click();
    await page.getByRole('table', { name: /My scores in GX-JQ-2026/ }).waitFor();
    await capture('reviewer-my-scores', 'en');
    await page.getByRole('button', { name: 'Applications', exact: true }).click();

    // Recuse from another lump-sum application.
    await page.getByRole('button', { name: 'Open GX-JQ-2026-002' }).click();
    // The dialog is modal (the language switch behind it is inert): photograph it in each language.
    const dialog = page.getByRole('dialog');
    await app.switchLanguage('zh-CN');
    await page.getByRole('button', { name: '申请回避……' }).click();
    await dialog.getByLabel('理由').fill('2024 年与申请人合作发表论文两篇。');
    await app.screenshot('reviewer-recuse', 'zh-CN');
    await dialog.getByRole('button', { name: '取消' }).click();
    await app.switchLanguage('en');
    await page.getByRole('button', { name: 'Recuse (回避)…' }).click();
    await dialog.getByLabel('Type of conflict').selectOption('collaborator');
    await dialog.getByLabel('Reason').fill('2024 年与申请人合作发表论文两篇。');
    await app.screenshot('reviewer-recuse', 'en');
    expect(await seriousViolations(page), 'reviewer-recuse').toEqual([]);
    await dialog.getByRole('button', { name: 'Recuse', exact: true }).click();
    await page.getByText(/^You recused yourself: Collaborator or co-author/).waitFor();
    await page.getByRole('button', { name: 'Back to inbox' }).click();
    await page.getByRole('heading', { name: 'Inbox' }).waitFor();
    await page.getByText('3 of 6 complete').waitFor();

    // Export the lump-sum call: summary first, then the signed, encrypted bundle as a download.
    await page.getByRole('button', { name: 'Export reviews' }).click();
    const card = page.getByRole('article', { name: /Distinguished Young Scholars/ });
    await expect(card.locator('.export-counts').textContent()).resolves.toBe(
      'Submitted1Recused1Still open (not sent)1',
    );
    await capture('reviewer-export', 'en');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: 'Export review bundle' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^review-GX-JQ-2026-张伟-\d{8}-\d{4}\.pdrev$/);
    const saved = path.join(files, download.suggestedFilename());
    await download.saveAs(saved);
    await card.getByText(/^Exported review-GX-JQ-2026/).waitFor();

    const bundle = await openBundle(readFileSync(saved), {
      expectedKind: 'review-bundle',
      decrypt: { privateKey: lumpSum.office.encryption.privateKey },
    });
    expect(bundle.manifest.sender).toMatchObject({ role: 'reviewer', id: 'reviewer-zhang-wei' });
    const content = reviewBundleContentSchema.parse(
      parseJsonBytes(bundle.entries.get('content.json') ?? new Uint8Array()),
    );
    expect(bundle.signerPublicKey).toBe(content.enrolment.signingPublicKey);
    expect(content.reviews.map((review) => [review.content.applicationId, review.content.status])).toEqual([
      ['app-gx-jq-2026-1', 'submitted'],
      ['app-gx-jq-2026-2', 'recused'],
    ]);
    expect(content.reviews[0]?.content.budgetOpinion).toEqual({
      verdict: 'too-high',
      recommendedAmount: 900000,
      reason: '第三年设备费可与现有平台共享。',
    });
    for (const review of content.reviews) expect(review.digest).toBe(reviewDigest(review.content));

    // Issue 10, item 4: the review bundle given where a package is expected is named in plain words.
    await page.getByRole('button', { name: 'Open package' }).first().click();
    await page.getByLabel('Package file').setInputFiles(saved);
    await page.getByLabel('Passphrase', { exact: true }).fill(lumpSum.passphrase);
    await page.locator('form.open-package').getByRole('button', { name: 'Open package' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      'This is not an assignment package (it looks like a review bundle',
    );
    await capture('reviewer-wrong-file', 'en');

    // Issue 10, item 2: in a challenge call (揭榜挂帅) nothing looks scored before it is, and 0 can be
    // picked first like any other level.
    await page.getByLabel('Package file').setInputFiles(challengeFile);
    await page.getByLabel('Passphrase', { exact: true }).fill(challenge.passphrase);
    await page.locator('form.open-package').getByRole('button', { name: 'Open package' }).click();
    await page.getByRole('button', { name: 'Go to the inbox' }).click();
    await page.getByRole('button', { name: 'Open GX-JB-2026-001' }).click();
    const solution = page.getByRole('radiogroup', { name: /^Technical solution/ });
    await solution.waitFor();
    await expect(page.locator('.scoring input[type="radio"]:checked').count()).resolves.toBe(0);
    const zero = solution.getByRole('radio', { name: /\(0\)/ });
    await zero.check();
    await expect(zero.isChecked()).resolves.toBe(true);
    await page
      .getByTestId('save-state')
      .getByText(/^Saved/)
      .waitFor();
    await capture('reviewer-challenge-zero', 'en');
  });
});
