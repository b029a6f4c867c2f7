import type { Db } from '../../../db/connection';
import { fixtureRubric, seedResultsFixture, type Fixture, type FixtureReview } from './results-fixture';

/**
 * A bilingual lump-sum (杰青 包干制) call with merged reviews, for the results tests and the
 * end-to-end test: 12 applications, 5 reviewers, 3–4 reviews each, one draft (never counted),
 * one recusal (a missing review, never a zero), one integrity-flagged application, one title that
 * looks like a spreadsheet formula, one application whose reviewers disagree, and budget opinions for every submitted review.
 */
export const DEMO_CALL_ID = 'call-jq-2026';

const titles = [
  '面向西南喀斯特地区的石漠化生态修复机理研究',
  '北部湾海洋牧场智能监测与评估关键技术',
  '甘蔗高效节水栽培的分子调控网络',
  'Long-read sequencing of mangrove microbiomes in Guangxi',
  '=HYPERLINK("http://example.invalid","点此查看")',
  '稀土功能材料的绿色分离与回收',
  '桂西山区滑坡灾害早期预警模型',
  '壮药活性成分的筛选与作用机制',
  'Low-power edge AI chips for agricultural sensing',
  '中国—东盟跨境物流网络优化方法',
  '亚热带果树病害的快速检测技术',
  '喀斯特地下水污染溯源与治理',
];

/** Base quality per application on the 1–5 scale; reviewers add their own leniency. */
const quality = [4.6, 4.4, 4.1, 3.9, 3.8, 3.6, 3.5, 3.4, 3.1, 2.8, 2.5, 2.2];
const leniency = [0.3, -0.2, 0.0, 0.4, -0.4];
const requested = [
  2_000_000, 1_800_000, 1_500_000, 2_000_000, 1_200_000, 1_600_000, 1_400_000, 1_000_000, 1_800_000, 900_000,
  1_100_000, 1_300_000,
];

export function demoFixture(): Fixture {
  const applications = titles.map((title, i) => ({
    id: `app-${String(i + 1).padStart(2, '0')}`,
    referenceNo: `JQ2026-${String(i + 1).padStart(3, '0')}`,
    title,
    piName: [
      '李明',
      '王芳',
      'Zhang Wei',
      '陈静',
      '@admin',
      '刘洋',
      '黄丽',
      '赵强',
      'Maria Rossi',
      '周杰',
      '吴敏',
      '郑凯',
    ][i] as string,
    institution: ['广西大学', '广西师范大学', '桂林理工大学', 'Guangxi University', '广西医科大学'][
      i % 5
    ] as string,
    requested: requested[i] as number,
    flagged: i === 7,
  }));
  const reviewers = ['张教授', '李研究员', 'Prof. Smith', '王博士', '陈教授'].map((name, j) => ({
    id: `rev-${j + 1}`,
    name,
  }));
  const reviews: FixtureReview[] = [];
  applications.forEach((application, i) => {
    const panel = [0, 1, 2, 3, 4].filter((j) => (i + j) % 5 !== 4 && (i % 3 !== 0 || j !== i % 5));
    for (const j of panel) {
      const raw = (quality[i] as number) + (leniency[j] as number) + (((i * 7 + j * 3) % 5) - 2) * 0.15;
      // One dissenting review (JQ2026-010, last reviewer) makes a disagreement to look at.
      const dissent = i === 9 && j === panel[panel.length - 1];
      const excellence = dissent ? 5 : clamp(Math.round(raw));
      const impact = dissent ? 5 : clamp(Math.round(raw - 0.3 + (j % 2) * 0.4));
      const status: FixtureReview['status'] =
        i === 2 && j === 0 ? 'recused' : i === 5 && j === panel[0] ? 'draft' : 'submitted';
      const factor = [1, 0.9, 0.8, 1.1, 0.95][j] as number;
      reviews.push({
        application: application.id,
        reviewer: `rev-${j + 1}`,
        status,
        scores: status === 'recused' ? {} : { excellence, impact },
        recommendation: excellence >= 4 ? 'priority' : excellence >= 3 ? 'fundable' : 'reject',
        comments: {
          strengths: i === 4 ? '+1 强烈推荐' : `创新性较强（专家 ${j + 1}）`,
          weaknesses: '-研究方案细节不足',
        },
        ...(status === 'submitted'
          ? {
              budgetOpinion: {
                verdict: factor > 1 ? 'too-low' : factor < 1 ? 'too-high' : 'appropriate',
                recommendedAmount: Math.round((application.requested * factor) / 10_000) * 10_000,
                reason: '与研究内容基本匹配',
              },
            }
          : {}),
      });
    }
  });
  return {
    call: {
      id: DEMO_CALL_ID,
      code: 'JQ-2026',
      titleZh: '2026 年度杰出青年科学基金（包干制试点）',
      titleEn: '2026 Distinguished Young Scholars (lump-sum pilot)',
      category: 'lump-sum',
      template: 'jieqing-lump-sum',
      envelope: 8_000_000,
      integrityMakesIneligible: true,
    },
    rubric: fixtureRubric(),
    applications,
    reviewers,
    reviews,
  };
}

function clamp(value: number): number {
  return Math.min(5, Math.max(1, value));
}

export function seedDemoCall(db: Db): Fixture {
  const fixture = demoFixture();
  seedResultsFixture(db, fixture);
  return fixture;
}
