import type { ResultsView } from '../../shared/contract/results';
import type { Language } from '../../shared/i18n/catalogs';
import { translate } from '../../shared/i18n/translate';
import { PdfWriter, type Column } from '../pdf/document';
import { round } from './export-tables';
import { formatDateTime } from '../../shared/text/dates';

type Application = ResultsView['applications'][number];

/**
 * The panel report made without a browser (CLI, results bundle, the quick PDF of the Results
 * screen): A4 landscape in the officer's language, Chinese titles included, through the one PDF
 * writer every Peerdesk PDF uses (electron/pdf/document.ts).
 */
export async function panelReportPdf(
  view: ResultsView,
  created: Date,
  language: Language,
): Promise<Uint8Array> {
  const t = (key: string, params: Record<string, string | number> = {}) =>
    translate(language, `results.pdf.${key}`, params);
  const money = (value: number | null) => (value === null ? '' : value.toLocaleString(language));
  const num = (value: number | null | undefined) =>
    value === null || value === undefined ? '' : round(value);
  const columns: (Column & { value: (a: Application) => string })[] = [
    { header: t('rank'), width: 36, align: 'right', value: (a) => num(a.ranking?.rank) },
    { header: t('reference'), width: 80, value: (a) => a.referenceNo },
    { header: t('title'), width: 200, value: (a) => a.title },
    { header: t('n'), width: 24, align: 'right', value: (a) => String(a.aggregate.n) },
    { header: t('mean'), width: 40, align: 'right', value: (a) => num(a.aggregate.mean) },
    { header: t('er'), width: 40, align: 'right', value: (a) => num(a.ranking?.er) },
    { header: t('cri50'), width: 56, align: 'right', value: (a) => interval(a.ranking?.cri50) },
    { header: t('cri90'), width: 56, align: 'right', value: (a) => interval(a.ranking?.cri90) },
    { header: t('group'), width: 52, value: (a) => (a.ranking?.group ? t(`groups.${a.ranking.group}`) : '') },
    { header: t('award'), width: 64, align: 'right', value: (a) => money(a.award.amount) },
    {
      header: t('decision'),
      width: 56,
      value: (a) => (a.decision ? t(`outcomes.${a.decision.outcome}`) : ''),
    },
    { header: t('decided'), width: 64, align: 'right', value: (a) => money(a.decision?.amount ?? null) },
  ];
  const rows = [...view.applications].sort(
    (a, b) =>
      (a.challenge?.code ?? '').localeCompare(b.challenge?.code ?? '') ||
      (a.ranking?.rank ?? Number.POSITIVE_INFINITY) - (b.ranking?.rank ?? Number.POSITIVE_INFINITY) ||
      a.referenceNo.localeCompare(b.referenceNo),
  );

  const callTitle =
    language === 'zh-CN'
      ? view.call.title.zh || view.call.title.en
      : view.call.title.en || view.call.title.zh;
  const pdf = await PdfWriter.create({
    title: t('heading', { call: view.call.code }),
    created,
    language,
    landscape: true,
  });
  pdf.heading(t('heading', { call: view.call.code }), 15);
  pdf.paragraph(callTitle, { size: 10 });
  const run = view.run;
  pdf.paragraph(t('generated', { at: formatDateTime(created.toISOString(), language, 'UTC') }), {
    size: 9,
    grey: true,
    after: 0,
  });
  pdf.paragraph(
    run
      ? t('runFacts', {
          method: t(`methods.${run.parameters.method}`),
          seed: run.parameters.seed,
          line: run.fundingLine === null ? '-' : round(run.fundingLine),
          rhat: run.rhatMax === null ? '-' : run.rhatMax.toFixed(3),
        })
      : t('noRun'),
    { size: 9, after: 0 },
  );
  pdf.paragraph(
    t('money', {
      envelope: money(view.money.envelope) || '-',
      committed: money(view.money.committed),
      reserved: money(view.money.reserved),
      remaining: view.money.remaining === null ? '-' : money(view.money.remaining),
    }),
    { size: 9, after: 8 },
  );
  pdf.table(
    columns,
    rows.map((row) => columns.map((column) => column.value(row))),
    8.5,
  );
  return pdf.finish((page, pages) => t('page', { page, pages }));
}

function interval(value: [number, number] | undefined): string {
  return value === undefined ? '' : `${round(value[0])}–${round(value[1])}`;
}
