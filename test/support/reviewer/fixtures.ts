/**
 * Assignment packages built the way the office builds them, for tests, the autosave bench, the kill
 * test and the end-to-end test: real office keys, a real rubric template, real PDFs (pdf-lib) and
 * a real signed, passphrase-encrypted bundle. Deterministic for a given seed. Not for production
 * keys: the key material comes from a seeded generator.
 */
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { canonicalBytes } from '../../../shared/canonical/jcs';
import { base64urlEncode } from '../../../shared/bundle/encoding';
import type { ScryptParams } from '../../../electron/crypto/scrypt';
import type { DraftPatch } from '../../../shared/contract/reviewer';
import {
  assignmentPackageContentSchema,
  type AssignmentPackageContent,
  type PackageApplication,
} from '../../../shared/domain/assignment-package';
import type { Rubric } from '../../../shared/domain/rubric';
import { findTemplate } from '../../../shared/rubric-templates';
import { challengeRubric } from '../../../shared/rubric-templates/challenge';
import { writeBundle } from '../../../electron/bundle/envelope';
import { generateSigningKeyPair } from '../../../electron/crypto/ed25519';
import { sha256Hex } from '../../../electron/crypto/hash';
import type { KeyPair } from '../../../electron/crypto/keys';
import { generatePassphrase } from '../../../electron/crypto/random';
import { seededByteSource } from '../../../shared/random/bytes';
import { generateEncryptionKeyPair } from '../../../electron/crypto/x25519';
import { randomUuid } from '../../../electron/core/ids';

/** Cheap scrypt for tests (the smallest the manifest accepts); production packages use 2^15. */
export const FAST_SCRYPT: ScryptParams = { N: 2 ** 10, r: 8, p: 1 };

export interface FixtureOffice {
  id: string;
  name: string;
  signing: KeyPair;
  encryption: KeyPair;
}

export function fixtureOffice(seed = 'office'): FixtureOffice {
  return {
    id: `office-${seed}`,
    name: '广西壮族自治区科学技术厅',
    signing: generateSigningKeyPair(seededByteSource(`${seed}/signing`)),
    encryption: generateEncryptionKeyPair(seededByteSource(`${seed}/encryption`)),
  };
}

export interface FixtureReviewer {
  id: string;
  name: string;
  email: string;
  institution: string;
}

export const fixtureReviewer: FixtureReviewer = {
  id: 'reviewer-zhang-wei',
  name: '张伟',
  email: 'zhang.wei@example.edu.cn',
  institution: '广西大学',
};

export function nsfcFixtureRubric(): Rubric {
  return findTemplate('nsfc').rubric();
}

export function jieqingFixtureRubric(): Rubric {
  return findTemplate('jieqing-lump-sum').rubric();
}

/** A small real PDF whose pages carry searchable text. */
export async function fixturePdf(title: string, pages: readonly string[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setTitle(title);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  pages.forEach((body, index) => {
    const page = pdf.addPage([595, 842]);
    page.drawText(title, { x: 56, y: 780, size: 16, font: bold, color: rgb(0.1, 0.2, 0.4) });
    page.drawText(`Page ${index + 1} of ${pages.length}`, { x: 56, y: 60, size: 9, font });
    body.split('\n').forEach((line, row) => {
      page.drawText(line, { x: 56, y: 740 - row * 18, size: 11, font });
    });
  });
  return await pdf.save({ useObjectStreams: false });
}

const TOPICS = [
  {
    title: '喀斯特地区石漠化治理的微生物机制研究',
    keywords: ['喀斯特', '石漠化', '土壤微生物'],
    discipline: '生态学',
  },
  { title: '北部湾近海蓝碳生态系统碳汇评估', keywords: ['蓝碳', '红树林', '碳汇'], discipline: '海洋科学' },
  { title: '甘蔗抗旱基因挖掘与分子育种', keywords: ['甘蔗', '抗旱', '分子育种'], discipline: '作物学' },
  {
    title: '面向东盟小语种的低资源机器翻译',
    keywords: ['机器翻译', '低资源', '东盟语言'],
    discipline: '计算机科学',
  },
  { title: '稀土功能材料的绿色分离新方法', keywords: ['稀土', '分离', '绿色化学'], discipline: '化学' },
  {
    title: '广西地方性地中海贫血的基因治疗',
    keywords: ['地中海贫血', '基因治疗', '造血干细胞'],
    discipline: '医学',
  },
  { title: '桂西山区滑坡早期预警的多源遥感方法', keywords: ['滑坡', '遥感', '预警'], discipline: '地球科学' },
  {
    title: '高比例新能源电网的频率稳定控制',
    keywords: ['新能源', '电网', '频率稳定'],
    discipline: '电气工程',
  },
];
const PEOPLE = [
  ['李明', '广西师范大学'],
  ['王芳', '中国科学院广西植物研究所'],
  ['陈刚', '桂林电子科技大学'],
  ['刘洋', '广西医科大学'],
  ['黄丽', '广西民族大学'],
  ['赵磊', '桂林理工大学'],
  ['周静', '北部湾大学'],
  ['吴强', '广西科技大学'],
] as const;

export interface FixtureApplication {
  application: PackageApplication;
  pdf: Uint8Array;
}

/** `count` applications of a call, with budget lines by work package × year and one PDF each. */
export async function fixtureApplications(
  callCode: string,
  count: number,
  options: { firstIndex?: number; blind?: boolean } = {},
): Promise<FixtureApplication[]> {
  const out: FixtureApplication[] = [];
  for (let offset = 0; offset < count; offset += 1) {
    const index = (options.firstIndex ?? 0) + offset;
    const topic = TOPICS[index % TOPICS.length] as (typeof TOPICS)[number];
    const [piName, institution] = PEOPLE[index % PEOPLE.length] as (typeof PEOPLE)[number];
    const referenceNo = `${callCode}-${String(index + 1).padStart(3, '0')}`;
    const budgetLines = ['WP1', 'WP2', 'WP3'].flatMap((workPackage, wp) =>
      [2027, 2028].map((year, y) => ({
        workPackage,
        year,
        amount: 100_000 * (wp + 1) + 50_000 * y + 10_000 * index,
      })),
    );
    const pdf = await fixturePdf(`Application ${referenceNo}`, [
      `Project description\nObjectives: karst ecology, carbon sinks and field stations.\nReference ${referenceNo}.`,
      `Work plan\nWP1 field surveys, WP2 laboratory analysis, WP3 synthesis.\nMilestones are reviewed every year.`,
    ]);
    out.push({
      pdf,
      application: {
        id: `app-${callCode.toLowerCase()}-${index + 1}`,
        referenceNo,
        title: topic.title,
        abstract: `本项目围绕“${topic.title}”开展研究，拟解决该领域的关键科学问题，形成可推广的方法与数据。`,
        keywords: topic.keywords,
        discipline: topic.discipline,
        challengeId: null,
        applicant: options.blind
          ? null
          : {
              piName,
              institution,
              email: `pi${index + 1}@example.edu.cn`,
              team: [`${piName}`, '研究生 甲', '研究生 乙'],
            },
        durationMonths: 36,
        requestedTotal: budgetLines.reduce((sum, line) => sum + line.amount, 0),
        budgetLines,
        attachments: [{ sha256: sha256Hex(pdf), fileName: `${referenceNo}-proposal.pdf`, size: pdf.length }],
      },
    });
  }
  return out;
}

export interface FixturePackageOptions {
  office?: FixtureOffice;
  reviewer?: FixtureReviewer;
  callId?: string;
  callCode?: string;
  category?: 'general' | 'lump-sum' | 'challenge';
  reviewMode?: 'open' | 'blind';
  packageVersion?: number;
  applications?: readonly FixtureApplication[];
  passphrase?: string;
  enrolmentSecret?: string;
  issuedAt?: string;
  dueAt?: string | null;
  scrypt?: ScryptParams;
}

export interface FixturePackage {
  bytes: Uint8Array;
  passphrase: string;
  content: AssignmentPackageContent;
  office: FixtureOffice;
}

/** A signed, passphrase-encrypted assignment package, as docs/design-rules.md (Bundles) describes it. */
export async function buildFixturePackage(options: FixturePackageOptions = {}): Promise<FixturePackage> {
  const office = options.office ?? fixtureOffice();
  const reviewer = options.reviewer ?? fixtureReviewer;
  const category = options.category ?? 'general';
  const callCode =
    options.callCode ??
    (category === 'lump-sum' ? 'GX-JQ-2026' : category === 'challenge' ? 'GX-JB-2026' : 'GX-NSF-2026');
  const callId = options.callId ?? `call-${callCode.toLowerCase()}`;
  const random = seededByteSource(`${office.id}/${callId}/${reviewer.id}/${options.packageVersion ?? 1}`);
  const applications =
    options.applications ??
    (await fixtureApplications(callCode, 3, { blind: options.reviewMode === 'blind' }));
  const rubric =
    category === 'lump-sum'
      ? jieqingFixtureRubric()
      : category === 'challenge'
        ? challengeRubric()
        : nsfcFixtureRubric();
  const content = assignmentPackageContentSchema.parse({
    packageVersion: options.packageVersion ?? 1,
    issuedAt: options.issuedAt ?? '2026-11-20T08:00:00.000Z',
    call: {
      id: callId,
      code: callCode,
      title:
        category === 'lump-sum'
          ? {
              zh: '2026 年广西杰出青年科学基金（包干制）',
              en: '2026 Guangxi Distinguished Young Scholars (lump sum)',
            }
          : {
              zh: '2026 年广西自然科学基金面上项目',
              en: '2026 Guangxi Natural Science Fund, general programme',
            },
      category,
      reviewMode: options.reviewMode ?? 'open',
      rubricVersion: 1,
      rubric,
      challenges: [],
    },
    reviewer,
    office: {
      name: office.name,
      signingPublicKey: office.signing.publicKey,
      encryptionPublicKey: office.encryption.publicKey,
    },
    enrolmentSecret:
      options.enrolmentSecret ?? base64urlEncode(seededByteSource(`${reviewer.id}/enrolment`)(32)),
    dueAt: options.dueAt === undefined ? '2026-12-15T16:00:00.000Z' : options.dueAt,
    applications: applications.map((item) => item.application),
  });
  const passphrase =
    options.passphrase ?? generatePassphrase(seededByteSource(`${callId}/${reviewer.id}/passphrase`));
  const attachments = new Map(applications.map((item) => [sha256Hex(item.pdf), item.pdf]));
  const bytes = await writeBundle({
    kind: 'assignment-package',
    bundleId: randomUuid(random),
    callId,
    callCode,
    sender: { role: 'office', id: office.id, name: office.name },
    recipient: { role: 'reviewer', id: reviewer.id },
    createdAt: content.issuedAt,
    entries: [
      { name: 'content.json', bytes: canonicalBytes(content) },
      ...[...attachments].map(([sha, pdf]) => ({ name: `attachments/${sha}.pdf`, bytes: pdf })),
    ],
    signingPrivateKey: office.signing.privateKey,
    encryption: { scheme: 'passphrase', passphrase, scrypt: options.scrypt ?? FAST_SCRYPT },
    random,
  });
  return { bytes, passphrase, content, office };
}

/** A complete, valid draft for `rubric` (scores at the top level, long enough comments). */
export function completeDraft(rubric: Rubric, options: { requestedTotal?: number } = {}): DraftPatch {
  const scores: Record<string, number> = {};
  const choices: Record<string, string> = {};
  for (const criterion of rubric.criteria) {
    if (criterion.type === 'score')
      scores[criterion.id] = criterion.scale.levels?.[0]?.value ?? criterion.scale.max;
    else choices[criterion.id] = criterion.options[0]?.id ?? '';
  }
  const comments: Record<string, string> = {};
  for (const field of rubric.comments) {
    if (field.required)
      comments[field.id] = `${'研究思路清晰，前期基础扎实，团队结构合理，技术路线可行。'.repeat(4)}`;
  }
  return {
    scores,
    choices,
    comments,
    recommendation: rubric.recommendations[0]?.id ?? null,
    familiarity: rubric.familiarityAsked ? 'familiar' : null,
    budgetOpinion: rubric.budgetOpinionAsked
      ? {
          verdict: 'too-high',
          recommendedAmount: Math.round((options.requestedTotal ?? 1_000_000) * 0.8),
          reason: '第三年设备费可压缩。',
        }
      : null,
  };
}
