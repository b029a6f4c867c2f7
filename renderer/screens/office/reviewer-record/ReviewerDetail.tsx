import { useT } from '../../../i18n/use-t';
import type { CreditWeights, ReviewerRecord } from '../../../../shared/contract/reviewer-record';
import { pick } from '../../../../shared/domain/localized';
import { useAction } from '../../../api/use-channel';
import { ReasonForm } from '../../../components/ReasonForm';
import { currentLanguage } from '../../../i18n/i18n';
import { formatNumber } from '../results/format';
import { CreditTrend } from './CreditTrend';
import { LetterButton } from './LetterButton';
import { percent, weightsCaption } from './format-record';

interface ReviewerDetailProps {
  record: ReviewerRecord;
  weights: CreditWeights;
  onChanged: () => void;
}

/** One reviewer: a row per call, the credit trend, and the officer's notes (added, never edited). */
export function ReviewerDetail({ record, weights, onChanged }: ReviewerDetailProps) {
  const { t } = useT();
  const language = currentLanguage();
  const action = useAction();
  async function annotate(note: string) {
    const saved = await action.run('reviewerRecord.annotate', { reviewerId: record.reviewerId, note });
    if (saved) onChanged();
    return saved !== null;
  }
  const caption = weightsCaption(weights, (c) => t(`quality.record.components.${c}`));
  const headers: [string, string | null][] = [
    [t('quality.record.columns.call'), null],
    [t('quality.record.columns.assigned'), null],
    [t('quality.record.columns.submitted'), null],
    [t('quality.record.columns.recused'), null],
    [t('quality.record.columns.conflicts'), null],
    [t('quality.record.columns.onTime'), t('quality.record.componentHelp.onTime')],
    [t('quality.record.columns.daysLate'), t('quality.record.daysLateHelp')],
    [t('quality.record.columns.leniency'), t('quality.help.leniency')],
    [t('quality.record.columns.agreement'), t('quality.help.agreement')],
    [t('quality.record.columns.commentLength'), t('quality.record.commentLengthHelp')],
    [t('quality.record.columns.rating'), t('quality.record.componentHelp.usefulness')],
    [t('quality.record.credit'), `${t('quality.help.credit')} (${caption})`],
  ];
  return (
    <section className="record-detail" aria-labelledby="record-detail-title">
      <h2 id="record-detail-title">
        {record.name} {record.institution && <span className="muted">· {record.institution}</span>}
      </h2>
      <p>
        {t('quality.record.overall', {
          score: record.credit.score === null ? '—' : Math.round(record.credit.score),
        })}{' '}
        <span className="muted">({t('quality.record.weightsBeside', { weights: caption })})</span>
      </p>
      <LetterButton key={record.reviewerId} reviewerId={record.reviewerId} />
      {record.calls.length > 1 && <CreditTrend record={record} />}
      <div className="vt-scroll" role="region" aria-label={t('quality.record.callsLabel')} tabIndex={0}>
        <table className="table results-compact">
          <thead>
            <tr>
              {headers.map(([label, help]) => (
                <th key={label} scope="col">
                  {help ? (
                    <abbr className="results-explained" title={help}>
                      {label}
                    </abbr>
                  ) : (
                    label
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {record.calls.map((c) => (
              <tr key={c.callId}>
                <td title={pick(c.title, language)}>{c.code}</td>
                <td className="num">{c.assigned}</td>
                <td className="num">{c.submitted}</td>
                <td className="num">{c.recused}</td>
                <td className="num">{c.declaredConflicts}</td>
                <td className="num">{percent(c.onTimeShare)}</td>
                <td className="num">{formatNumber(c.medianDaysLate, 1)}</td>
                <td className="num">
                  {formatNumber(c.leniency)}
                  {c.leniencyCri90 &&
                    ` (${formatNumber(c.leniencyCri90[0])} – ${formatNumber(c.leniencyCri90[1])})`}
                </td>
                <td className="num">{formatNumber(c.agreement)}</td>
                <td className="num">{formatNumber(c.commentLength, 0)}</td>
                <td className="num">
                  {c.meanRating === null ? '' : `${formatNumber(c.meanRating, 1)} (${c.ratings})`}
                </td>
                <td className="num">{c.credit.score === null ? '' : Math.round(c.credit.score)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('quality.record.annotationsTitle')}</h3>
      <p className="quality-help">{t('quality.record.annotationsHelp')}</p>
      {record.annotations.length === 0 ? (
        <p className="muted">{t('quality.record.noAnnotations')}</p>
      ) : (
        <ul>
          {record.annotations.map((a) => (
            <li key={a.id}>
              <span className="muted">{new Date(a.createdAt).toLocaleDateString(language)}</span> {a.note}
            </li>
          ))}
        </ul>
      )}
      <ReasonForm
        name={t('quality.record.annotate')}
        label={t('quality.record.noteField')}
        needsText={t('quality.record.noteNeeded')}
        submitLabel={t('quality.record.annotate')}
        rows={2}
        action={action}
        onSubmit={annotate}
      />
    </section>
  );
}
