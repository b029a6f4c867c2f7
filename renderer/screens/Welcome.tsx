import { useEffect, useState, type FormEvent } from 'react';
import { useT } from '../i18n/use-t';
import type { ResponseOf } from '../../shared/contract';
import type { WorkspaceInfo } from '../../shared/domain/workspace';
import type { Err, Result } from '../../shared/result';
import { api } from '../api/api';
import { ErrorNotice } from '../components/ErrorNotice';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { useAppStore } from '../store/app-store';
import { DemoCard } from './DemoCard';
import { OpenPackageCard } from './reviewer/OpenPackageCard';

type Recent = ResponseOf<'workspace.recent'>;

/** First run: create an office workspace, or open an office or reviewer workspace. */
export function Welcome() {
  const { t } = useT();
  const setWorkspace = useAppStore((state) => state.setWorkspace);
  const [name, setName] = useState('');
  const [path, setPath] = useState('');
  const [recent, setRecent] = useState<Recent>([]);
  const [error, setError] = useState<Err | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void api()
      .invoke('workspace.recent', {})
      .then((result) => result.ok && setRecent(result.value));
  }, []);

  /** Both ways in (create, open) answer the workspace that is now open. */
  async function run(action: () => Promise<Result<WorkspaceInfo>>) {
    setBusy(true);
    setError(null);
    const result = await action();
    setBusy(false);
    if (result.ok) setWorkspace(result.value);
    else setError(result);
  }

  const create = (event: FormEvent) => {
    event.preventDefault();
    void run(() => api().invoke('workspace.create', { name, role: 'office' }));
  };
  const open = (file: string) => void run(() => api().invoke('workspace.open', { path: file }));

  return (
    <main className="welcome">
      <header className="welcome-header">
        <div>
          <h1>{t('common.appName')}</h1>
          <p className="lead">{t('ui.welcome.tagline')}</p>
        </div>
        <LanguageSwitch />
      </header>
      <ErrorNotice error={error} onDismiss={() => setError(null)} />
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
            <button type="submit" className="primary" disabled={busy || name.trim() === ''}>
              {t('ui.welcome.create')}
            </button>
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
            <button type="submit" disabled={busy || path.trim() === ''}>
              {t('ui.welcome.open')}
            </button>
          </form>
        </section>
        <OpenPackageCard />
        <DemoCard />
      </div>
    </main>
  );
}
