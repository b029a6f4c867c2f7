import { useState, type FormEvent } from 'react';
import type { ResponseOf } from '../../../../shared/contract';
import { useAction } from '../../../api/use-channel';
import { CheckField, FormField } from '../../../components/FormField';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { ReasonedButton } from '../../../components/ReasonedButton';
import { useT } from '../../../i18n/use-t';
import { useAppStore } from '../../../store/app-store';
import { PassphraseList } from '../assignment/PassphraseList';
import { PanelCard } from './PanelCard';

type Issued = ResponseOf<'panel.packages.issue'>;

/**
 * Panel packages (会评材料包) for the members, written into a folder with their passphrases shown
 * once, and the way back: the members' ballot bundles are merged on the merge screen.
 */
export function PanelPackages({ callId }: { callId: string }) {
  const { t } = useT();
  const go = useAppStore((state) => state.go);
  const action = useAction();
  const [outDir, setOutDir] = useState('');
  const [writeList, setWriteList] = useState(false);
  const [issued, setIssued] = useState<Issued | null>(null);

  async function issue(event: FormEvent) {
    event.preventDefault();
    setIssued(null);
    const outcome = await action.run('panel.packages.issue', { callId, outDir, passphraseList: writeList });
    if (outcome) setIssued(outcome);
  }

  return (
    <PanelCard
      id="panel-packages-title"
      title={t('panel.ui.packages.title')}
      hint={t('panel.ui.packages.hint')}
    >
      <ErrorNotice error={action.error} onDismiss={() => action.setError(null)} />
      <form className="packages-form" onSubmit={(event) => void issue(event)}>
        <FormField label={t('panel.ui.packages.outDir')}>
          <input
            required
            placeholder={t('panel.ui.packages.outDirPlaceholder')}
            value={outDir}
            onChange={(event) => setOutDir(event.target.value)}
          />
        </FormField>
        <CheckField label={t('panel.ui.packages.writeList')} checked={writeList} onChange={setWriteList} />
        <div className="toolbar">
          <ReasonedButton
            type="submit"
            primary
            blocked={outDir.trim() === '' ? t('panel.ui.packages.outDirMissing') : null}
            busy={action.busy}
          >
            {t('panel.ui.packages.issue')}
          </ReasonedButton>
          <button type="button" onClick={() => go('office-merge')}>
            {t('panel.ui.packages.mergeBallots')}
          </button>
        </div>
      </form>
      {issued && (
        <p className="notice notice-ok" role="status">
          {t('panel.ui.packages.issued', { count: issued.packages.length, dir: issued.outDir })}
        </p>
      )}
      {issued && issued.packages.length > 0 && (
        <PassphraseList
          callCode={issued.callCode}
          packages={issued.packages}
          savedAt={issued.passphraseListPath}
          onDismiss={() => setIssued(null)}
        />
      )}
    </PanelCard>
  );
}
