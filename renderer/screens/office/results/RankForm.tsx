import { useRef, useState, type FormEvent } from 'react';
import { useT } from '../../../i18n/use-t';
import type { Progress } from '../../../../shared/contract/progress';
import type { ResultsView } from '../../../../shared/contract/results';
import { DEFAULT_RANK_SEED } from '../../../../shared/domain/ranking-run';
import { useAction } from '../../../api/use-channel';
import { LabelledSelect } from '../../../components/FormField';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { ReasonedButton } from '../../../components/ReasonedButton';
import { ProgressBar } from '../../../components/ProgressBar';

const METHODS = ['bayes', 'zscore', 'mean'] as const;
type Method = (typeof METHODS)[number];
type Line = 'none' | 'fundable' | 'envelope';

/** The officer's ranking options; ranking runs with progress and can be cancelled. */
export function RankForm({ view, onRanked }: { view: ResultsView; onRanked: () => void }) {
  const { t } = useT();
  const previous = view.run?.parameters;
  const challengeCall = view.call.category === 'challenge';
  const [method, setMethod] = useState<Method>(previous?.method ?? 'bayes');
  const [line, setLine] = useState<Line>(
    previous?.envelope !== null && previous?.envelope !== undefined
      ? 'envelope'
      : previous?.fundable !== null && previous?.fundable !== undefined
        ? 'fundable'
        : view.call.envelope !== null
          ? 'envelope'
          : 'none',
  );
  const [fundable, setFundable] = useState(String(previous?.fundable ?? 5));
  const [envelope, setEnvelope] = useState(String(previous?.envelope ?? view.call.envelope ?? ''));
  const [seed, setSeed] = useState(previous?.seed ?? DEFAULT_RANK_SEED);
  const [progress, setProgress] = useState<Progress | null>(null);
  const action = useAction();
  const controller = useRef<AbortController | null>(null);

  const lineText = line === 'fundable' ? fundable : line === 'envelope' ? envelope : '0';
  const lineValue = Number(lineText);
  const valid =
    line === 'none' || challengeCall || (/^\d+$/.test(lineText) && Number.isSafeInteger(lineValue));

  const rank = async () => {
    controller.current = new AbortController();
    setProgress({ done: 0, total: 1, label: 'results.progress.collect' });
    const ranked = await action.run(
      'results.rank',
      {
        callId: view.call.id,
        method,
        seed: seed.trim() || DEFAULT_RANK_SEED,
        ...(!challengeCall && line === 'fundable' ? { fundable: lineValue } : {}),
        ...(!challengeCall && line === 'envelope' ? { envelope: lineValue } : {}),
      },
      { onProgress: setProgress, signal: controller.current.signal },
    );
    setProgress(null);
    controller.current = null;
    if (ranked) onRanked();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (valid && !progress) void rank();
  };

  return (
    <form className="results-rank-form" aria-label={t('results.ui.rank.label')} onSubmit={submit}>
      <LabelledSelect
        label={t('results.ui.rank.method')}
        value={method}
        choices={METHODS.map((m) => ({ value: m, label: t(`results.methods.${m}`) }))}
        onChange={setMethod}
      />
      {challengeCall ? (
        <p className="muted results-rank-note">{t('results.ui.rank.challengeLine')}</p>
      ) : (
        <>
          <LabelledSelect
            label={t('results.ui.rank.line')}
            value={line}
            choices={[
              { value: 'none', label: t('results.ui.rank.lineNone') },
              { value: 'fundable', label: t('results.ui.rank.lineFundable') },
              { value: 'envelope', label: t('results.ui.rank.lineEnvelope') },
            ]}
            onChange={setLine}
          />
          {line !== 'none' && (
            <label>
              {t(`results.ui.rank.${line}`)}
              <input
                inputMode="numeric"
                value={lineText}
                onChange={(e) => (line === 'fundable' ? setFundable : setEnvelope)(e.target.value.trim())}
              />
            </label>
          )}
        </>
      )}
      <label>
        {t('results.ui.rank.seed')}
        <input value={seed} maxLength={200} onChange={(e) => setSeed(e.target.value)} />
      </label>
      <ReasonedButton
        type="submit"
        primary
        blocked={valid ? null : t(`results.ui.rank.${line === 'envelope' ? 'envelope' : 'fundable'}Why`)}
        busy={progress !== null}
      >
        {t('results.ui.rank.run')}
      </ReasonedButton>
      <div className="results-rank-status">
        <ProgressBar progress={progress} onCancel={() => controller.current?.abort()} />
        <ErrorNotice error={action.error} onDismiss={() => action.setError(null)} />
      </div>
    </form>
  );
}
