import type { Db } from '../../db/connection';
import { listBallots } from '../../db/repositories/panel';
import { findCall } from '../../db/repositories/results-inputs';
import type { Language } from '../../shared/i18n/catalogs';
import { translate } from '../../shared/i18n/translate';
import { PdfWriter } from '../pdf/document';
import { panelTally } from './tally';
import { panelView } from './view';

const fixed = (value: number | null) => (value === null ? '' : value.toFixed(2));

/**
 * Panel minutes (会议纪要) in the officer's language: the call, members present (those who cast a
 * ballot) and absent, the declared rule, votes and results per application, signature lines and
 * page numbers.
 */
export async function minutesPdf(
  db: Db,
  callReference: string,
  language: Language,
  created: Date,
): Promise<Uint8Array> {
  const t = (key: string, params: Record<string, string | number> = {}) =>
    translate(language, `panel.${key}`, params);
  const view = panelView(db, callReference);
  const call = findCall(db, view.callId);
  const tally = panelTally(db, view.callId, null);
  const voted = new Set(listBallots(db, view.callId).map((ballot) => ballot.reviewerId));
  const title = language === 'zh-CN' ? (call?.titleZh ?? '') : (call?.titleEn ?? '');

  const pdf = await PdfWriter.create({
    title: `${t('pdf.minutesTitle')} ${call?.code ?? ''}`,
    created,
    language,
  });
  pdf.heading(t('pdf.minutesTitle'));
  pdf.field(t('pdf.call'), `${call?.code ?? ''}  ${title}`);
  pdf.field(t('pdf.date'), created.toISOString().slice(0, 10));
  pdf.field(
    t('pdf.rule'),
    t('pdf.ruleText', {
      quorum: view.rule.quorum,
      majority: view.rule.majority === '>1/2' ? '> 1/2' : '≥ 2/3',
    }),
  );
  pdf.space(8);
  pdf.heading(t('pdf.members'), 12);
  pdf.table(
    [
      { header: '#', width: 30, align: 'right' },
      { header: t('pdf.members'), width: 200 },
      { header: '', width: 200 },
      { header: t('pdf.columns.present'), width: 65 },
    ],
    view.members.map((member, index) => [
      String(index + 1),
      member.name,
      member.institution,
      t(voted.has(member.id) ? 'pdf.attended' : 'pdf.absent'),
    ]),
  );
  pdf.heading(t('pdf.results'), 12);
  pdf.table(
    [
      { header: t('pdf.columns.application'), width: 105 },
      { header: t('pdf.columns.eligible'), width: 48, align: 'right' },
      { header: t('pdf.columns.present'), width: 48, align: 'right' },
      { header: t('pdf.columns.for'), width: 48, align: 'right' },
      { header: t('pdf.columns.against'), width: 48, align: 'right' },
      { header: t('pdf.columns.abstain'), width: 48, align: 'right' },
      { header: t('pdf.columns.finalMean'), width: 60, align: 'right' },
      { header: t('pdf.columns.result'), width: 90 },
    ],
    tally.applications.map((row) => [
      row.application,
      String(row.eligible),
      String(row.present),
      String(row.for),
      String(row.against),
      String(row.abstain),
      fixed(row.finalMean),
      t(row.recommended ? 'cli.recommended' : 'cli.notRecommended'),
    ]),
  );
  pdf.heading(t('pdf.signatures'), 12);
  pdf.signatureLine(t('pdf.signatureChair'));
  pdf.signatureLine(t('pdf.signatureOfficer'));
  pdf.signatureLine(t('pdf.date'));
  return pdf.finish((page, pages) => t('pdf.page', { page, pages }));
}
