import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DemoCall, DemoReviewer } from './generate';
import { demoApplicationPdf } from './pdf';

/**
 * The files an officer would receive and import: per call an applications sheet with Chinese
 * headers (docs/import-formats.md) and a folder of PDFs named by reference number, and one sheet of
 * reviewers. The demo imports them through the same channels as the screens, and leaves them in
 * DIR/source/ for anyone who wants to try the import by hand.
 */
const APPLICATION_HEADERS = [
  '申请编号',
  '项目名称',
  '摘要',
  '关键词',
  '学科',
  '榜单',
  '项目负责人',
  '依托单位',
  '电子邮箱',
  '项目组成员',
  '研究期限（月）',
  '申请经费（元）',
  '预算明细（元）',
  '申请书语言',
];

const REVIEWER_HEADERS = ['姓名', '电子邮箱', '工作单位', '研究方向', '评审语言', '合作者', '评审上限'];

/** RFC 4180: every cell quoted, quotes doubled, CRLF line ends, UTF-8 with a byte order mark. */
function csv(rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]) =>
    cells.map((cell) => `"${String(cell).replace(/"/g, '""')}"`).join(',');
  return `\ufeff${rows.map(line).join('\r\n')}\r\n`;
}

export interface CallSources {
  sheet: string;
  attachments: string;
}

export function writeApplicationSheet(dir: string, call: DemoCall): CallSources {
  const folder = path.join(dir, call.code);
  const attachments = path.join(folder, 'attachments');
  mkdirSync(attachments, { recursive: true });
  const sheet = path.join(folder, 'applications.csv');
  const rows = call.applications.map((a) => [
    a.referenceNo,
    a.title,
    a.abstract,
    a.keywords.join('；'),
    a.discipline,
    a.challengeCode ?? '',
    a.piName,
    a.institution,
    a.email,
    a.team.join('、'),
    a.durationMonths,
    a.requestedTotal,
    a.budgetLines.map((line) => `${line.workPackage}/${line.year}=${line.amount}`).join('；'),
    a.languages.join('、'),
  ]);
  writeFileSync(sheet, csv([APPLICATION_HEADERS, ...rows]));
  return { sheet, attachments };
}

/** One PDF per application, `<reference no.>.pdf`; `onEach` reports progress and may stop the work. */
export async function writeApplicationPdfs(
  call: DemoCall,
  attachmentsDir: string,
  at: Date,
  onEach: () => Promise<void>,
): Promise<void> {
  for (const application of call.applications) {
    const english = application.languages.includes('en');
    const bytes = await demoApplicationPdf({
      referenceNo: application.referenceNo,
      language: english ? 'en' : 'zh',
      callTitle: english ? call.title.en : call.title.zh,
      title: application.title,
      abstract: application.abstract,
      principalInvestigator: english ? application.piPinyin : application.piName,
      institution: english ? application.institutionEn : application.institution,
      requestedTotal: application.requestedTotal,
      budgetLines: application.budgetLines,
      createdAt: at,
    });
    writeFileSync(path.join(attachmentsDir, `${application.referenceNo}.pdf`), bytes);
    await onEach();
  }
}

export function writeReviewerSheet(dir: string, reviewers: readonly DemoReviewer[]): string {
  mkdirSync(dir, { recursive: true });
  const sheet = path.join(dir, 'reviewers.csv');
  const rows = reviewers.map((r) => [
    r.name,
    r.email,
    r.institution,
    r.expertise.join('；'),
    r.languages.join('、'),
    r.collaborators.join('、'),
    r.maxLoad,
  ]);
  writeFileSync(sheet, csv([REVIEWER_HEADERS, ...rows]));
  return sheet;
}
