import { useT } from '../../../i18n/use-t';
import { pick } from '../../../../shared/domain/localized';
import type { Err } from '../../../../shared/result';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { currentLanguage } from '../../../i18n/i18n';
import { useAppStore } from '../../../store/app-store';
import type { CallRow } from './useCalls';

/**
 * Chooses the call a screen works on; without calls it points to the Calls screen. `error` is why
 * the list of calls could not be read (shown above the picker).
 */
export function CallPicker({
  calls,
  callId,
  onChange,
  error = null,
}: {
  calls: CallRow[] | null;
  callId: string | null;
  onChange: (callId: string) => void;
  error?: Err | null;
}) {
  const { t } = useT();
  const go = useAppStore((state) => state.go);
  return (
    <>
      <ErrorNotice error={error} />
      {calls?.length === 0 && (
        <div className="notice notice-warn">
          <span>{t('office.common.noCalls')}</span>
          <button type="button" className="link" onClick={() => go('office-calls')}>
            {t('office.common.goToCalls')}
          </button>
        </div>
      )}
      {calls && calls.length > 0 && (
        <label className="call-picker">
          {t('office.common.call')}
          <select value={callId ?? ''} onChange={(event) => onChange(event.target.value)}>
            {calls.map((call) => (
              <option key={call.id} value={call.id}>
                {call.code} — {pick(call.title, currentLanguage())}
              </option>
            ))}
          </select>
        </label>
      )}
    </>
  );
}
