import { useEffect } from 'react';
import { useT } from '../i18n/use-t';
import { onOpenFile } from '../api/api';
import { PassphrasePrompt } from '../components/keys/PassphrasePrompt';
import { Welcome } from '../screens/Welcome';
import { useAppStore } from '../store/app-store';
import { AppFrame } from './AppFrame';

export function App() {
  const { t } = useT();
  const { ready, workspace, load, receivePackageFromOs } = useAppStore();
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => onOpenFile(receivePackageFromOs), [receivePackageFromOs]);
  if (!ready) return <p className="loading">{t('ui.loading')}</p>;
  return (
    <>
      {workspace ? <AppFrame /> : <Welcome />}
      <PassphrasePrompt />
    </>
  );
}
