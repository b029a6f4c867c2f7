import path from 'node:path';
import { pdfText } from '../../test/support/pdf-text';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/connection';
import { listShortlist } from '../../db/repositories/panel';
import { demoFixture, DEMO_CALL_ID } from '../../test/support/db/results-demo';
import { seedResultsFixture } from '../../test/support/db/results-fixture';
import { confidential, strengths, toApplicant, weaknesses } from '../../shared/rubric-templates/common';
import { tempDir, testServices } from '../../test/temp';
import { createApp } from '../app';
import { setupPanel } from './setup';
import { enterPaperBallot } from './ballots';
import { saveConsensus, setSchedule } from './edit';
import { feedbackLetters } from './feedback';
import { minutesPdf } from './minutes';
import { scheduleFile } from './schedule-export';

const CREATED = new Date('2026-12-01T08:00:00.000Z');
const TOKEN = 'CONFIDENTIAL-TOKEN-q7Zx';

/** Strings that break naive writers: quotes, formulas, RTL marks, controls, emoji, very long words. */
const NAUGHTY = [
  '"\'; DROP TABLE reviews; --',
  '=HYPERLINK("http://example.invalid")',
  '<script>alert(1)</script>',
  '\u202etxet desrever\u202c',
  'null\u0000byte and\ttab',
  '😀👍🏽 emoji',
  'Ω≈ç√∫˜µ≤≥÷',
  '田中さんにあげて下さい',
  'x'.repeat(300),
  '\ud800 lone surrogate',
  '${{7*7}} {{constructor}}',
];

/** The demo call with the full comment fields and naughty comments; every confidential one carries TOKEN. */
async function naughtyOffice(): Promise<Db> {
  const dataDir = tempDir();
  const dispatcher = createApp(testServices(dataDir));
  const en = { language: 'en' as const };
  const created = await dispatcher.invoke(
    'workspace.create',
    { name: 'Office', role: 'office', path: path.join(dataDir, 'office.sqlite') },
    en,
  );
  if (!created.ok) throw new Error(created.message);
  const db = dispatcher.session.require('office').db;
  const fixture = demoFixture();
  fixture.rubric = {
    ...fixture.rubric,
    comments: [strengths(false, 0), weaknesses(false, 0), toApplicant(false, 0), confidential()],
  };
  fixture.reviews = fixture.reviews.map((review, i) => ({
    ...review,
    comments: {
      ...review.comments,
      toApplicant: `建议进一步明确技术路线。${NAUGHTY[i % NAUGHTY.length] ?? ''}`,
      confidential: `${TOKEN} ${NAUGHTY[(i + 3) % NAUGHTY.length] ?? ''} 申请人与本人有过节`,
    },
  }));
  seedResultsFixture(db, fixture);
  const ranked = await dispatcher.invoke(
    'results.rank',
    { callId: DEMO_CALL_ID, method: 'mean', fundable: 4 },
    en,
  );
  if (!ranked.ok) throw new Error(ranked.message);
  return db;
}

describe('feedback letters and minutes', () => {
  it('never carry a confidential comment, and render the Chinese text and naughty strings safely', async () => {
    const db = await naughtyOffice();
    setupPanel(
      db,
      {
        callId: DEMO_CALL_ID,
        shortlist: { from: 'top-n', n: 3 },
        add: [],
        remove: [],
        members: ['rev-1', 'rev-2', 'rev-3', 'rev-4', 'rev-5'],
        minMembers: 5,
        requiresRecommendation: false,
      },
      CREATED.toISOString(),
    );
    const shortlisted = listShortlist(db, DEMO_CALL_ID).map((row) => ({ id: row.applicationId }));
    const target = shortlisted[0]?.id ?? '';
    for (const reviewerId of ['rev-1', 'rev-3', 'rev-4', 'rev-5']) {
      enterPaperBallot(
        db,
        DEMO_CALL_ID,
        { applicationId: target, reviewerId, vote: 'for', finalScore: 4, comment: TOKEN },
        CREATED.toISOString(),
      );
    }
    saveConsensus(
      db,
      DEMO_CALL_ID,
      { applicationId: target, text: '专家组一致认为该项目创新性突出。', author: 'rev-1' },
      CREATED.toISOString(),
    );
    saveConsensus(
      db,
      DEMO_CALL_ID,
      { applicationId: target, text: '', author: 'officer', state: 'final' },
      CREATED.toISOString(),
    );

    const files = await feedbackLetters(db, DEMO_CALL_ID, null, CREATED);
    const letters = files.filter((file) => file.fileName.endsWith('.pdf'));
    // Every application with a submitted review gets one letter (the demo has 12, all reviewed).
    expect(letters).toHaveLength(12);
    let chineseLetters = 0;
    for (const letter of letters) {
      const text = await pdfText(letter.bytes);
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain('有过节');
      expect(text).toContain('建议进一步明确技术路线');
      if (text.includes('评审意见反馈')) chineseLetters += 1;
    }
    expect(chineseLetters).toBeGreaterThan(6);
    const targetLetter = letters.find((file) => file.fileName === 'JQ2026-001.pdf');
    const targetText = await pdfText(targetLetter?.bytes ?? new Uint8Array());
    expect(targetText).toContain('专家组一致认为该项目创新性突出');
    expect(targetText).toContain('建议资助');

    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      files.find((file) => file.fileName === 'feedback.csv')?.bytes,
    );
    expect(csv.split('\r\n')[0]).toBe('\uFEFFreference,PI,e-mail,file');
    expect(csv).toContain('JQ2026-001,李明,');

    const english = await feedbackLetters(db, DEMO_CALL_ID, 'en', CREATED);
    expect(await pdfText(english[0]?.bytes ?? new Uint8Array())).toContain('Review feedback');

    const minutes = await pdfText(await minutesPdf(db, DEMO_CALL_ID, 'zh-CN', CREATED));
    expect(minutes).toContain('会议评审纪要');
    expect(minutes).toContain('专家组组长');
    expect(minutes).toContain('第 1 页，共 1 页');
    expect(minutes).not.toContain(TOKEN);

    setSchedule(
      db,
      DEMO_CALL_ID,
      [{ applicationId: target, position: 1, date: '2026-12-10', time: '09:00', minutes: 25 }],
      CREATED.toISOString(),
    );
    const schedule = await scheduleFile(db, DEMO_CALL_ID, 'pdf', 'zh-CN', CREATED);
    expect(await pdfText(schedule.bytes)).toContain('答辩日程');
    const xlsx = await scheduleFile(db, DEMO_CALL_ID, 'xlsx', 'en', CREATED);
    expect(xlsx.fileName.endsWith('.xlsx')).toBe(true);
  });
});
