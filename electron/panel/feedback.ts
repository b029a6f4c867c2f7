import type { Db } from '../../db/connection';
import { applicantFacts } from '../../db/repositories/applications';
import { findPanel, latestConsensus } from '../../db/repositories/panel';
import type { Language } from '../../shared/i18n/catalogs';
import { translate } from '../../shared/i18n/translate';
import { tableToCsv } from '../results/csv-write';
import { loadCallInputs } from '../results/call-inputs';
import { PdfWriter } from '../pdf/document';
import { panelTally } from './tally';

/**
 * The comment fields an applicant may read. A whitelist, so a comment field added later stays out
 * of feedback letters until it is listed here; `confidential` never is.
 */
export const APPLICANT_COMMENT_FIELDS = ['strengths', 'weaknesses', 'toApplicant'] as const;

/** Chinese when the application's title or PI name is written in Chinese, else English. */
export function applicantLanguage(application: { title: string; piName: string }): Language {
  return /[\u3400-\u9fff]/.test(application.title + application.piName) ? 'zh-CN' : 'en';
}

export const MAIL_MERGE_COLUMNS = ['reference', 'PI', 'e-mail', 'file'] as const;

export interface FeedbackFile {
  fileName: string;
  bytes: Uint8Array;
}

/** A file name from a reference number: path separators and control characters become '_'. */
function safeFileName(reference: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is being removed
  return reference.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').replace(/^\.+/, '_') || '_';
}

/**
 * One feedback letter (评审意见反馈) per application with at least one submitted review, in the
 * applicant's language unless `language` is given, plus the mail-merge list feedback.csv
 * (reference, PI, e-mail, file). Reviewers are numbered, never named; drafts, recusals and
 * confidential comments never appear; a consensus appears once finalised.
 */
export async function feedbackLetters(
  db: Db,
  callReference: string,
  language: Language | null,
  created: Date,
): Promise<FeedbackFile[]> {
  const inputs = loadCallInputs(db, callReference);
  const callId = inputs.call.id;
  const emails = new Map(applicantFacts(db, callId).map((a) => [a.id, a.email]));
  const panel = findPanel(db, callId);
  const tally = panel
    ? new Map(panelTally(db, callId, null).applications.map((row) => [row.applicationId, row]))
    : new Map();
  const fieldLabels = new Map(inputs.rubric.comments.map((field) => [field.id, field.label]));
  const files: FeedbackFile[] = [];
  const mailMerge: string[][] = [];
  for (const application of inputs.applications) {
    const reviews = inputs.reviews.filter(
      (r) => r.applicationId === application.id && r.status === 'submitted',
    );
    if (reviews.length === 0) continue;
    const lang = language ?? applicantLanguage(application);
    const t = (key: string, params: Record<string, string | number> = {}) =>
      translate(lang, `panel.${key}`, params);
    const title = lang === 'zh-CN' ? inputs.call.titleZh : inputs.call.titleEn;
    const pdf = await PdfWriter.create({
      title: `${t('pdf.feedbackTitle')} ${application.referenceNo}`,
      created,
      language: lang,
    });
    pdf.heading(t('pdf.feedbackTitle'));
    pdf.field(t('pdf.call'), `${inputs.call.code}  ${title}`);
    pdf.field(t('pdf.application'), `${application.referenceNo}  ${application.title}`);
    pdf.field(t('pdf.pi'), application.piName);
    const decision = inputs.decisions.get(application.id);
    pdf.field(t('pdf.outcome'), t(`pdf.outcomes.${decision?.outcome ?? 'undecided'}`));
    const result = tally.get(application.id);
    if (result) {
      pdf.field(
        t('pdf.panelResult'),
        `${t(result.recommended ? 'cli.recommended' : 'cli.notRecommended')} (${t('pdf.panelVotes', result)})`,
      );
    }
    const consensus = panel ? latestConsensus(db, callId, application.id) : null;
    if (consensus && consensus.state !== 'draft') {
      pdf.space(8);
      pdf.heading(t('pdf.consensus'), 12);
      pdf.paragraph(consensus.text);
    }
    pdf.space(8);
    pdf.heading(t('pdf.comments'), 12);
    let written = 0;
    reviews.forEach((review, index) => {
      const comments = APPLICANT_COMMENT_FIELDS.flatMap((field) => {
        const text = review.comments[field]?.trim() ?? '';
        const label = fieldLabels.get(field);
        // A rubric without the field declared (older calls) still shows it, under the usual name.
        const shown = label === undefined ? t(`pdf.fields.${field}`) : lang === 'zh-CN' ? label.zh : label.en;
        return text === '' ? [] : [{ label: shown, text }];
      });
      if (comments.length === 0) return;
      written += 1;
      pdf.paragraph(t('pdf.reviewer', { n: index + 1 }), { size: 11, after: 2 });
      for (const comment of comments) {
        pdf.paragraph(comment.label, { size: 9, grey: true, indent: 10, after: 0 });
        pdf.paragraph(comment.text, { indent: 10 });
      }
    });
    if (written === 0) pdf.paragraph(t('pdf.noComments'), { grey: true });
    const fileName = `${safeFileName(application.referenceNo)}.pdf`;
    files.push({ fileName, bytes: await pdf.finish((page, pages) => t('pdf.page', { page, pages })) });
    mailMerge.push([application.referenceNo, application.piName, emails.get(application.id) ?? '', fileName]);
  }
  // Fixed column names: the list is read by mail-merge tools, whatever the officer's language.
  const columns = MAIL_MERGE_COLUMNS.map((header) => ({ header, kind: 'text' as const }));
  files.push({ fileName: 'feedback.csv', bytes: tableToCsv({ columns, rows: mailMerge }) });
  return files;
}
