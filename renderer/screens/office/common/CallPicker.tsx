import { useT } from '../../../i18n/use-t';
import { pick } from '../../../../shared/domain/localized';
import { currentLanguage } from '../../../i18n/i18n';
import { useAppStore } from '../../../store/app-store';
import type { CallRow } from './useCalls';

/** Chooses the call a screen works on; without calls it points to the Calls screen. */
export function CallPicker({
  calls,
  callId,
  onChange,
}: {
  calls: CallRow[] | null;
  callId: string | null;
  onChange: (callId: string) => void;
}) {
  const { t } = useT();
  const go = useAppStore((state) => state.go);
  if (!calls) return null;
  if (calls.length === 0)
    return (
      <div className="notice notice-warn">
        <span>{t('office.common.noCalls')}</span>
        <button type="button" className="link" onClick={() => go('office-calls')}>
          {t('office.common.goToCalls')}
        </button>
      </div>
    );
  return (
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
  );
}
