import { refusalText, useT } from '../i18n/use-t';
import type { Err } from '../../shared/result';

/** A refusal from a handler, re-translated from its code so it follows the language switch. */
export function ErrorNotice({ error, onDismiss }: { error: Err | null; onDismiss?: () => void }) {
  const { t } = useT();
  if (!error) return null;
  const text = refusalText(t, error);
  return (
    <div className="notice notice-error" role="alert">
      <span>{text}</span>
      {onDismiss && (
        <button type="button" className="link" onClick={onDismiss}>
          {t('ui.dismiss')}
        </button>
      )}
    </div>
  );
}
