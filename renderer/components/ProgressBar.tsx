import { translateOr, useT } from '../i18n/use-t';
import type { Progress } from '../../shared/contract/progress';

/** Progress of long work with an optional cancel; `label` is an i18n key from the handler. */
export function ProgressBar({ progress, onCancel }: { progress: Progress | null; onCancel?: () => void }) {
  const { t } = useT();
  if (!progress) return null;
  const percent = progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <div className="progress" role="status" aria-live="polite">
      <div className="progress-label">
        {translateOr(t, progress.label, progress.label, progress.params ?? {})} — {progress.done}/
        {progress.total}
      </div>
      <progress max={progress.total || 1} value={progress.done} aria-label={`${percent}%`} />
      {onCancel && (
        <button type="button" onClick={onCancel}>
          {t('ui.cancel')}
        </button>
      )}
    </div>
  );
}
