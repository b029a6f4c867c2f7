import { useT } from '../../../../i18n/use-t';
import type { QualityResponse } from '../../../../../shared/contract/quality';
import type { MessageKey } from '../../../../../shared/i18n/message-key';
import { formatNumber } from '../format';

interface Fact {
  label: string;
  value: string;
  help: MessageKey;
}

/** Alpha, ICC and reviewers needed, each with the one sentence that says what it means. */
export function ReliabilityFacts({ quality }: { quality: QualityResponse }) {
  const { t } = useT();
  const { alpha, icc1, reviewersFor } = quality.summary;
  const needed = (n: number | null) => (n === null ? t('quality.ui.notReached') : String(n));
  const facts: Fact[] = [
    {
      label: t('quality.ui.alphaInterval'),
      value: formatNumber(alpha.interval, 3),
      help: 'quality.help.alphaInterval',
    },
    {
      label: t('quality.ui.alphaCi90'),
      value: alpha.ci90 ? `${formatNumber(alpha.ci90[0], 3)} – ${formatNumber(alpha.ci90[1], 3)}` : '',
      help: 'quality.help.alphaCi90',
    },
    {
      label: t('quality.ui.alphaOrdinal'),
      value: formatNumber(alpha.ordinal, 3),
      help: 'quality.help.alphaOrdinal',
    },
    { label: t('quality.ui.icc1'), value: formatNumber(icc1, 3), help: 'quality.help.icc1' },
    {
      label: t('quality.ui.reviewersFor07'),
      value: needed(reviewersFor['0.7']),
      help: 'quality.help.reviewersFor',
    },
    {
      label: t('quality.ui.reviewersFor08'),
      value: needed(reviewersFor['0.8']),
      help: 'quality.help.reviewersFor',
    },
  ];
  return (
    <dl className="quality-facts" aria-label={t('quality.ui.reliability')}>
      {facts.map((fact) => (
        <div key={fact.label}>
          <dt>{fact.label}</dt>
          <dd className="quality-value">{fact.value || '—'}</dd>
          <dd className="quality-help">{t(fact.help)}</dd>
        </div>
      ))}
    </dl>
  );
}
