import { refusalText, useT } from '../../i18n/use-t';
import type { ReviewState } from '../../../shared/contract/reviewer';
import { currentLanguage } from '../../i18n/i18n';
import type { SaveStatus } from './autosave';
import { formatTime } from './format';

/** "Saved 14:02:31" only once the handler acknowledged the newest edit; otherwise says what is true. */
export function SaveIndicator({
  status,
  savedAt,
}: {
  status: SaveStatus<ReviewState>;
  savedAt: string | null;
}) {
  const { t } = useT();
  let text = '';
  let tone = 'save-state saved';
  switch (status.kind) {
    case 'pending':
      text = t('reviewer.form.unsaved');
      tone = 'save-state pending';
      break;
    case 'saving':
      text = t('reviewer.form.saving');
      tone = 'save-state pending';
      break;
    case 'failed':
      text = t('reviewer.form.notSaved', {
        reason: refusalText(t, status.error),
      });
      tone = 'save-state failed';
      break;
    default:
      text = savedAt ? t('reviewer.form.saved', { time: formatTime(savedAt, currentLanguage()) }) : '';
  }
  return (
    <span className={tone} role="status" aria-live="polite" data-testid="save-state">
      {text}
    </span>
  );
}
