import { useTranslation } from 'react-i18next';
import type { Err } from '../../shared/result';

/** A refusal from a handler, re-translated from its code so it follows the language switch. */
export function ErrorNotice({ error, onDismiss }: { error: Err | null; onDismiss?: () => void }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const text = i18n.exists(error.code) ? t(error.code, error.params ?? {}) : error.message;
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
