import { useT } from '../i18n/use-t';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { useAppStore } from '../store/app-store';
import { routes } from './routes';

/** Navigation for the open workspace's role, a header with the language switch, and the screen. */
export function AppFrame() {
  const { t } = useT();
  const { workspace, screen, go, closeWorkspace, version, logFile } = useAppStore();
  if (!workspace) return null;
  const visible = routes.filter((route) => route.roles.includes(workspace.role));
  const current = visible.find((route) => route.id === screen) ?? visible[0];
  const Screen = current?.component;
  return (
    <div className="frame">
      <nav className="sidebar" aria-label={t('ui.nav.label')}>
        <div className="brand">
          <span className="brand-name">{t('common.appName')}</span>
          <span className={`role-badge role-${workspace.role}`}>{t(`ui.roles.${workspace.role}`)}</span>
        </div>
        <ul>
          {visible.map((route) => (
            <li key={route.id}>
              <button
                type="button"
                className={route.id === current?.id ? 'nav-item active' : 'nav-item'}
                aria-current={route.id === current?.id ? 'page' : undefined}
                onClick={() => go(route.id)}
              >
                {t(route.labelKey)}
              </button>
            </li>
          ))}
        </ul>
        <button type="button" className="nav-item close-workspace" onClick={() => void closeWorkspace()}>
          {t('ui.nav.closeWorkspace')}
        </button>
        <details className="about">
          <summary>{t('ui.about.title')}</summary>
          <p>{t('ui.about.version', { version })}</p>
          <p>
            {t('ui.about.log')} <code className="about-path">{logFile}</code>
          </p>
        </details>
      </nav>
      <div className="main">
        <header className="topbar">
          <span className="workspace-name" title={workspace.path}>
            {workspace.name}
          </span>
          <LanguageSwitch />
        </header>
        <main className="content">
          {Screen && current && (
            <ErrorBoundary key={current.id} logPath={logFile || undefined}>
              <Screen />
            </ErrorBoundary>
          )}
        </main>
      </div>
    </div>
  );
}
