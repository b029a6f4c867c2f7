import { useT } from '../i18n/use-t';
import type { MessageKey } from '../../shared/i18n/message-key';

/** A message kept as its i18n key and parameters, so it follows the language switch. */
export interface Message {
  key: MessageKey;
  params?: Record<string, string | number>;
}

/** A confirmation (“saved”, “created”) shown until dismissed or replaced. */
export function OkNotice({ messages, onDismiss }: { messages: Message[] | null; onDismiss?: () => void }) {
  const { t } = useT();
  if (!messages || messages.length === 0) return null;
  return (
    <div className="notice notice-ok" role="status">
      <span>{messages.map((message) => t(message.key, message.params ?? {})).join(' ')}</span>
      {onDismiss && (
        <button type="button" className="link" onClick={onDismiss}>
          {t('ui.dismiss')}
        </button>
      )}
    </div>
  );
}
