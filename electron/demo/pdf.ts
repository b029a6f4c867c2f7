import { PdfWriter } from '../pdf/document';

/**
 * A small, real PDF for a demo application, in the application's own language: the call, the
 * reference number, title, principal investigator, institution, abstract and the lump-sum budget
 * by work package. It is written with Peerdesk's shared PDF writer (Noto Sans SC subset), so
 * Chinese applications show their Chinese text. The labels are part of the sample applicant's
 * document, not of Peerdesk's interface. Dates are fixed so the same input gives the same bytes.
 */
export interface DemoPdfInput {
  referenceNo: string;
  /** The language the application is written in; its labels follow it. */
  language: 'zh' | 'en';
  callTitle: string;
  title: string;
  abstract: string;
  principalInvestigator: string;
  institution: string;
  requestedTotal: number;
  budgetLines: readonly { workPackage: string; year: number; amount: number }[];
  createdAt: Date;
}

const LABELS = {
  zh: {
    application: '申请书',
    principalInvestigator: '项目负责人',
    institution: '依托单位',
    abstract: '摘要',
    budget: '包干制预算（元）',
    year: '年度',
    workPackage: '工作包',
    amount: '金额',
    total: '申请总额',
    page: (page: number, pages: number) => `第 ${page} 页，共 ${pages} 页`,
    locale: 'zh-CN',
  },
  en: {
    application: 'Application',
    principalInvestigator: 'Principal investigator',
    institution: 'Institution',
    abstract: 'Abstract',
    budget: 'Lump-sum budget (CNY)',
    year: 'Year',
    workPackage: 'Work package',
    amount: 'Amount',
    total: 'Total requested',
    page: (page: number, pages: number) => `Page ${page} of ${pages}`,
    locale: 'en',
  },
} as const;

export async function demoApplicationPdf(input: DemoPdfInput): Promise<Uint8Array> {
  const labels = LABELS[input.language];
  const money = (amount: number) => amount.toLocaleString('en-US');
  const writer = await PdfWriter.create({
    title: `${input.referenceNo} ${input.title}`,
    created: input.createdAt,
    language: labels.locale,
  });
  writer.paragraph(input.callTitle, { size: 10, grey: true, after: 8 });
  writer.paragraph(`${labels.application} ${input.referenceNo}`, { size: 12 });
  writer.heading(input.title);
  writer.field(labels.principalInvestigator, input.principalInvestigator);
  writer.field(labels.institution, input.institution);
  writer.space(10);
  writer.heading(labels.abstract, 12);
  writer.paragraph(input.abstract, { after: 10 });
  writer.heading(labels.budget, 12);
  writer.table(
    [
      { header: labels.year, width: 60 },
      { header: labels.workPackage, width: 280 },
      { header: labels.amount, width: 120, align: 'right' },
    ],
    input.budgetLines.map((line) => [String(line.year), line.workPackage, money(line.amount)]),
  );
  writer.field(labels.total, money(input.requestedTotal));
  return writer.finish(labels.page);
}
