import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditRows } from '../../test/support/db/results-probe';
import { DEMO_CALL_ID, demoFixture } from '../../test/support/db/results-demo';
import { seedResultsFixture } from '../../test/support/db/results-fixture';
import type { RecordCall } from '../../shared/contract/reviewer-record';
import { pdfText } from '../../test/support/pdf-text';
import { tempDir, testServices } from '../../test/temp';
import { createApp } from '../app';
import type { Dispatcher } from '../core/registry';
import { expectOk as call } from '../../test/support/dispatch';

const en = { language: 'en' as const };

/** The demo call, ranked with the Bayesian model so every reviewer has a leniency interval. */
async function rankedDemo(): Promise<Dispatcher> {
  const dispatcher = createApp(testServices(tempDir()));
  await call(dispatcher, 'workspace.create', {
    name: 'Office',
    role: 'office',
    path: path.join(dispatcher.services.dataDir, 'office.sqlite'),
  });
  seedResultsFixture(dispatcher.session.require('office').db, demoFixture());
  await call(dispatcher, 'results.rank', { callId: DEMO_CALL_ID, method: 'bayes', fundable: 5 });
  return dispatcher;
}

const signed = (value: number) => `${value > 0 ? '+' : ''}${value.toFixed(2)}`;
/** A figure as the letter prints it and no other reviewer's could by chance: leniency with its interval. */
function leniencyText(row: RecordCall): string {
  if (row.leniency === null || row.leniencyCri90 === null) throw new Error('expected a leniency interval');
  return `${signed(row.leniency)} (${signed(row.leniencyCri90[0])} … ${signed(row.leniencyCri90[1])})`;
}

describe('reviewer letter of thanks and feedback', () => {
  it('gives each reviewer their own figures only, in Chinese and in English, and audits it', async () => {
    const dispatcher = await rankedDemo();
    const { reviewers } = await call(dispatcher, 'reviewerRecord.list', {});
    expect(reviewers).toHaveLength(5);
    const texts: { zh: string; en: string }[] = [];
    for (const reviewer of reviewers) {
      const zh = await call(dispatcher, 'reviewerRecord.letter', {
        reviewerId: reviewer.reviewerId,
        language: 'zh-CN',
      });
      const english = await call(dispatcher, 'reviewerRecord.letter', {
        reviewerId: reviewer.reviewerId,
        language: 'en',
      });
      expect(zh.mediaType).toBe('application/pdf');
      expect(Buffer.from(zh.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      texts.push({ zh: await pdfText(zh.bytes), en: await pdfText(english.bytes) });
    }
    reviewers.forEach((reviewer, i) => {
      const { zh, en: english } = texts[i] as { zh: string; en: string };
      expect(zh).toContain('评审专家致谢与反馈函');
      expect(zh).toContain(`尊敬的${reviewer.name}：`);
      expect(zh).toContain('本函仅包含您本人的数据');
      expect(english).toContain('Letter of thanks and feedback');
      expect(english).toContain(`Dear ${reviewer.name},`);
      const own = reviewer.calls[0] as RecordCall;
      for (const text of [zh, english]) {
        expect(text).toContain(leniencyText(own));
        expect(text).toContain(`${Math.round(reviewer.credit.score as number)}`);
        for (const other of reviewers) {
          if (other.reviewerId === reviewer.reviewerId) continue;
          expect(text).not.toContain(other.name);
          expect(text).not.toContain(leniencyText(other.calls[0] as RecordCall));
        }
      }
    });
    const audited = auditRows(dispatcher.session.require('office').db, 'reviewerRecord.letter');
    expect(audited).toHaveLength(10);
    expect(audited[0]?.details).toMatchObject({ language: 'zh-CN' });
  });

  it('writes the letter in the caller’s language when none is given, and refuses an unknown reviewer', async () => {
    const dispatcher = await rankedDemo();
    const { reviewers } = await call(dispatcher, 'reviewerRecord.list', {});
    const first = reviewers[0]!;
    const zh = await dispatcher.invoke(
      'reviewerRecord.letter',
      { reviewerId: first.reviewerId },
      {
        language: 'zh-CN',
      },
    );
    if (!zh.ok) throw new Error(zh.message);
    expect(await pdfText(zh.value.bytes)).toContain('您的信用分');

    const unknown = await dispatcher.invoke('reviewerRecord.letter', { reviewerId: 'rev-none' }, en);
    expect(unknown).toMatchObject({ ok: false, code: 'quality.errors.unknownReviewer' });
    expect(auditRows(dispatcher.session.require('office').db, 'reviewerRecord.letter')).toHaveLength(1);
  });
});
