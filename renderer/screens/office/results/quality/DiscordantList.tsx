import { useT } from '../../../../i18n/use-t';
import type { QualityResponse } from '../../../../../shared/contract/quality';
import { formatNumber } from '../format';
import { ReportTable } from '../../../../components/table/ReportTable';

/** The applications whose reviewers disagree far more than this call's reviewers usually do. */
export function DiscordantList({ quality }: { quality: QualityResponse }) {
  const { t } = useT();
  const { details } = quality;
  const label = (id: string) => details.labels[id] ?? id;
  const discordant = quality.summary.applications
    .filter((a) => a.discordant)
    .sort(
      (a, b) => (b.spread ?? 0) - (a.spread ?? 0) || label(a.application).localeCompare(label(b.application)),
    );
  return (
    <section aria-labelledby="quality-discordant">
      <h3 id="quality-discordant">{t('quality.ui.discordantTitle')}</h3>
      <p className="quality-help">{t('quality.help.discordant')}</p>
      {details.withinSd !== null && (
        <p className="muted">
          {t('quality.ui.discordantRule', {
            factor: details.discordantFactor,
            within: formatNumber(details.withinSd),
            limit: formatNumber(details.discordantFactor * details.withinSd),
          })}
        </p>
      )}
      {discordant.length === 0 ? (
        <p className="muted">{t('quality.ui.noDiscordant')}</p>
      ) : (
        <ReportTable
          className="results-compact"
          rows={discordant}
          rowKey={(a) => a.application}
          columns={[
            { heading: t('quality.ui.columns.application'), cell: (a) => label(a.application) },
            { heading: t('quality.ui.columns.n'), cell: (a) => a.n, numeric: true },
            {
              heading: { label: t('quality.ui.columns.spread'), title: t('quality.help.spread') },
              cell: (a) => formatNumber(a.spread),
              numeric: true,
            },
          ]}
        />
      )}
    </section>
  );
}
