import { useState, type FormEvent } from 'react';
import { useT } from '../i18n/use-t';
import type { WorkspaceInfo } from '../../shared/domain/workspace';
import { useAction, useChannel } from '../api/use-channel';
import { ErrorNotice } from '../components/ErrorNotice';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { ReasonedButton } from '../components/ReasonedButton';
import { useAppStore } from '../store/app-store';
import { DemoCard } from './DemoCard';
import { OpenPackageCard } from './reviewer/OpenPackageCard';

/** First run: create an office workspace, or open an office or reviewer workspace. */
export function Welcome() {
  const { t } = useT();
  const setWorkspace = useAppStore((state) => state.setWorkspace);
  const [name, setName] = useState('');
  const [path, setPath] = useState('');
  // A list that cannot be read is only a shortcut missing: the forms below still open any workspace.
  const recent = useChannel('workspace.recent', {}).value ?? [];
  const action = useAction();
  const busy = action.busy;

  /** Both ways in (create, open) answer the workspace that is now open. */
  const enter = (opened: Promise<WorkspaceInfo | null>) =>
    void opened.then((workspace) => workspace && setWorkspace(workspace));

  const create = (event: FormEvent) => {
    event.preventDefault();
    enter(action.run('workspace.create', { name, role: 'office' }));
  };
  const open = (file: string) => enter(action.run('workspace.open', { path: file }));

  return (
    <main className="welcome">
      <header className="welcome-header">
        <div>
          <h1>{t('common.appName')}</h1>
          <p className="lead">{t('ui.welcome.tagline')}</p>
        </div>
        <LanguageSwitch />
      </header>
      <ErrorNotice error={action.error} onDismiss={() => action.setError(null)} />
      <div className="welcome-grid">
        <section className="card" aria-labelledby="create-office">
          <h2 id="create-office">{t('ui.welcome.createOffice')}</h2>
          <p className="muted">{t('ui.welcome.createOfficeHint')}</p>
          <form onSubmit={create}>
            <label>
              {t('ui.welcome.workspaceName')}
              <input
                value={name}
                onChange={(event) => setName(event.target.value)}
                placeholder={t('ui.welcome.workspaceNamePlaceholder')}
                required
              />
            </label>
            <ReasonedButton
              type="submit"
              primary
              blocked={name.trim() === '' ? t('ui.welcome.needName') : null}
              busy={busy}
            >
              {t('ui.welcome.create')}
            </ReasonedButton>
          </form>
        </section>
        <section className="card" aria-labelledby="open-workspace">
          <h2 id="open-workspace">{t('ui.welcome.openWorkspace')}</h2>
          <p className="muted">{t('ui.welcome.openWorkspaceHint')}</p>
          {recent.length > 0 && (
            <ul className="recent-list" aria-label={t('ui.welcome.recent')}>
              {recent.map((entry) => (
                <li key={entry.path}>
                  <button
                    type="button"
                    className="recent-item"
                    onClick={() => open(entry.path)}
                    disabled={busy}
                  >
                    <span className={`role-badge role-${entry.role}`}>{t(`ui.roles.${entry.role}`)}</span>
                    <span className="recent-name">{entry.name}</span>
                    <span className="recent-path">{entry.path}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <form
            onSubmit={(event) => {
              event.preventDefault();
              open(path);
            }}
          >
            <label>
              {t('ui.welcome.workspacePath')}
              <input
                value={path}
                onChange={(event) => setPath(event.target.value)}
                placeholder="/…/office.sqlite"
              />
            </label>
            <ReasonedButton
              type="submit"
              blocked={path.trim() === '' ? t('ui.welcome.needPath') : null}
              busy={busy}
            >
              {t('ui.welcome.open')}
            </ReasonedButton>
          </form>
        </section>
        <OpenPackageCard />
        <DemoCard />
      </div>
    </main>
  );
}
