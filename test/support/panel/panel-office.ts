import path from 'node:path';
import { demoFixture, DEMO_CALL_ID } from '../db/results-demo';
import { seedResultsFixture } from '../db/results-fixture';
import { reviewerTestApp, type ReviewerTestApp } from '../reviewer/app';
import { confidential, strengths, toApplicant, weaknesses } from '../../../shared/rubric-templates/common';
import { tempDir } from '../../temp';

export { DEMO_CALL_ID };

/** Every confidential comment carries it; no panel package may. */
export const CONFIDENTIAL_TOKEN = 'CONFIDENTIAL-TOKEN-q7Zx';
/** Every mail reviewer's id (and so e-mail) and name carries one of these; no panel package may. */
export const REVIEWER_ID_TOKEN = 'mailrev-ID-k3Vb';
export const REVIEWER_NAME_TOKEN = 'MAILNAME-p9Rt';

/** Strings that break naive writers: quotes, formulas, RTL marks, controls, emoji, very long words. */
export const NAUGHTY = [
  '"\'; DROP TABLE reviews; --',
  '=HYPERLINK("http://example.invalid")',
  '<script>alert(1)</script>',
  '\u202etxet desrever\u202c',
  'null\u0000byte and\ttab',
  '😀👍🏽 emoji',
  'Ω≈ç√∫˜µ≤≥÷',
  '田中さんにあげて下さい',
  'x'.repeat(300),
  '${{7*7}} {{constructor}}',
];

/** Panel members drawn from the registry who wrote no mail review. */
export const PANEL_MEMBERS = ['member-1', 'member-2', 'member-3', 'member-4', 'member-5'];

export interface PanelOffice {
  office: ReviewerTestApp;
  /** A folder for packages and bundles. */
  dir: string;
}

/**
 * An office holding the demo 杰青 call with full comment fields: mail reviewers with naughty names
 * and ids that carry the tokens, confidential comments that carry CONFIDENTIAL_TOKEN, applicant
 * comments with naughty strings; ranked by mean; a panel of five registry members (none a mail
 * reviewer) over the top `shortlist`, with member-2 conflicted on the best application.
 */
export async function panelOffice(shortlist = 4): Promise<PanelOffice> {
  const dir = tempDir('peerdesk-panel-');
  const office = reviewerTestApp({ dataDir: dir, seed: 'panel-office' });
  await office.ok('workspace.create', {
    name: 'Office',
    role: 'office',
    path: path.join(dir, 'office.sqlite'),
  });
  const db = office.dispatcher.session.require('office').db;
  const fixture = demoFixture();
  fixture.rubric = {
    ...fixture.rubric,
    comments: [strengths(false, 0), weaknesses(false, 0), toApplicant(false, 0), confidential()],
  };
  const renamed = (id: string) => `${REVIEWER_ID_TOKEN}-${id}`;
  fixture.reviewers = [
    ...fixture.reviewers.map((reviewer, i) => ({
      id: renamed(reviewer.id),
      name: `${REVIEWER_NAME_TOKEN}-${i} ${NAUGHTY[i % NAUGHTY.length] ?? ''}`,
    })),
    ...PANEL_MEMBERS.map((id, i) => ({ id, name: `会评专家${i + 1}`, institution: '中国科学院' })),
  ];
  fixture.reviews = fixture.reviews.map((review, i) => ({
    ...review,
    reviewer: renamed(review.reviewer),
    comments: {
      strengths: `创新性较强 ${NAUGHTY[(i + 1) % NAUGHTY.length] ?? ''}`,
      weaknesses: '研究方案细节不足',
      toApplicant: `建议进一步明确技术路线。${NAUGHTY[i % NAUGHTY.length] ?? ''}`,
      confidential: `${CONFIDENTIAL_TOKEN} ${NAUGHTY[(i + 3) % NAUGHTY.length] ?? ''} 申请人与本人有过节`,
    },
  }));
  seedResultsFixture(db, fixture);
  await office.ok('results.rank', { callId: DEMO_CALL_ID, method: 'mean', fundable: 4 });
  await office.ok('conflicts.add', {
    callId: DEMO_CALL_ID,
    applicationId: 'app-01',
    reviewerId: 'member-2',
    reason: '同一单位',
  });
  await office.ok('panel.setup', {
    callId: DEMO_CALL_ID,
    shortlist: { from: 'top-n', n: shortlist },
    members: PANEL_MEMBERS,
    minMembers: 5,
  });
  return { office, dir };
}
