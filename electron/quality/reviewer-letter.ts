import {
  creditComponents,
  type CreditWeights,
  type RecordCall,
  type ReviewerRecord,
} from '../../shared/contract/reviewer-record';
import { pick } from '../../shared/domain/localized';
import type { Language } from '../../shared/i18n/catalogs';
import { translate } from '../../shared/i18n/translate';
import { PdfWriter } from '../pdf/document';

const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)}%`);
const fixed = (value: number | null, digits: number) => (value === null ? '—' : value.toFixed(digits));
const signed = (value: number) => `${value > 0 ? '+' : ''}${value.toFixed(2)}`;

/**
 * The letter of thanks and feedback (致谢与反馈函) for one reviewer, in `language`: what they were
 * asked and delivered in each call, their credit score with the declared weights, and one sentence
 * on what each figure means.
 *
 * Invariant: it is built from this one reviewer's record and nothing else, so it can carry no other
 * reviewer's name or figures. The officer's notes are left out: they are the office's remarks about
 * the reviewer, not feedback written for them.
 */
export async function reviewerLetterPdf(
  reviewer: ReviewerRecord,
  weights: CreditWeights,
  language: Language,
  created: Date,
): Promise<Uint8Array> {
  const t = (key: string, params: Record<string, string | number> = {}) =>
    translate(language, `quality.${key}`, params);
  const pdf = await PdfWriter.create({
    title: `${t('letter.title')} · ${reviewer.name}`,
    created,
    language,
  });
  pdf.heading(t('letter.title'));
  pdf.field(t('record.columns.reviewer'), [reviewer.name, reviewer.institution].filter(Boolean).join(' · '));
  pdf.field(t('letter.date'), created.toISOString().slice(0, 10));
  pdf.space(8);
  pdf.paragraph(t('letter.greeting', { name: reviewer.name }), { size: 11, after: 8 });
  const submitted = reviewer.calls.reduce((sum, c) => sum + c.submitted, 0);
  pdf.paragraph(t('letter.thanks', { count: submitted }), { after: 6 });
  pdf.paragraph(t('letter.ownOnly'), { grey: true, after: 10 });

  pdf.heading(t('letter.creditTitle'), 12);
  const score = reviewer.credit.score;
  pdf.paragraph(t('letter.credit', { score: score === null ? '—' : Math.round(score) }), { after: 6 });
  pdf.table(
    [
      { header: t('letter.columns.part'), width: 90 },
      { header: t('letter.columns.yours'), width: 60, align: 'right' },
      { header: t('record.weightsValue'), width: 50, align: 'right' },
      { header: t('letter.columns.meaning'), width: 295 },
    ],
    creditComponents.map((c) => [
      t(`record.components.${c}`),
      percent(reviewer.credit.components[c] ?? null),
      String(weights[c]),
      t(`record.componentHelp.${c}`),
    ]),
  );
  pdf.space(6);

  for (const call of reviewer.calls) callSection(pdf, call, language, t);

  pdf.heading(t('letter.meaningTitle'), 12);
  for (const key of ['help.leniency', 'help.agreement', 'record.daysLateHelp', 'record.commentLengthHelp']) {
    pdf.paragraph(t(key), { size: 9, after: 4 });
  }
  pdf.space(10);
  pdf.paragraph(t('letter.closing'), { after: 6 });
  pdf.signatureLine(t('letter.signature'));
  return pdf.finish((page, pages) => t('letter.page', { page, pages }));
}

function callSection(
  pdf: PdfWriter,
  call: RecordCall,
  language: Language,
  t: (key: string, params?: Record<string, string | number>) => string,
): void {
  pdf.heading(`${call.code}  ${pick(call.title, language)}`, 12);
  const leniency =
    call.leniency === null
      ? '—'
      : call.leniencyCri90
        ? `${signed(call.leniency)} (${signed(call.leniencyCri90[0])} … ${signed(call.leniencyCri90[1])})`
        : signed(call.leniency);
  const facts: [string, string][] = [
    [t('record.columns.assigned'), String(call.assigned)],
    [t('record.columns.submitted'), String(call.submitted)],
    [t('record.columns.recused'), String(call.recused)],
    [t('record.columns.conflicts'), String(call.declaredConflicts)],
    [t('record.columns.onTime'), percent(call.onTimeShare)],
    [t('record.columns.daysLate'), fixed(call.medianDaysLate, 1)],
    [t('record.columns.leniency'), leniency],
    [t('record.columns.agreement'), fixed(call.agreement, 2)],
    [t('record.columns.commentLength'), fixed(call.commentLength, 0)],
    [t('record.columns.rating'), fixed(call.meanRating, 1)],
    [t('record.credit'), call.credit.score === null ? '—' : String(Math.round(call.credit.score))],
  ];
  for (const [label, value] of facts) pdf.field(label, value);
  pdf.space(10);
}
