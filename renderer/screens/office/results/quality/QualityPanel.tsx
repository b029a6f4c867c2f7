import { useMemo } from 'react';
import { useT } from '../../../../i18n/use-t';
import type { ResultsView } from '../../../../../shared/contract/results';
import { useChannel } from '../../../../api/use-channel';
import { ErrorNotice } from '../../../../components/ErrorNotice';
import { DiscordantList } from './DiscordantList';
import { FundedShareChart } from './FundedShareChart';
import { qualityRequest } from './quality-request';
import { ReliabilityFacts } from './ReliabilityFacts';
import './quality.css';

/** The "Review quality" tab: how reliable the call's scores are and how stable its funding line is. */
export function QualityPanel({ view }: { view: ResultsView }) {
  const { t } = useT();
  const request = useMemo(() => qualityRequest(view), [view]);
  const quality = useChannel('quality.call', request);
  const value = quality.value;
  return (
    <section className="quality-panel" aria-label={t('quality.ui.label')} aria-busy={quality.loading}>
      <ErrorNotice error={quality.error} />
      {quality.loading && !value && <p className="muted">{t('quality.ui.computing')}</p>}
      {value && (
        <>
          <p className="muted">
            {t('quality.ui.basis', {
              method: t(`results.methods.${value.details.method}`),
              seed: value.details.seed,
            })}
          </p>
          <ReliabilityFacts quality={value} />
          <DiscordantList quality={value} />
          <FundedShareChart quality={value} view={view} />
        </>
      )}
    </section>
  );
}
