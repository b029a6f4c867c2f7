import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/app-store';

/** The landing screen of a workspace: what it is and where it lives. */
export function Overview() {
  const { t } = useTranslation();
  const workspace = useAppStore((state) => state.workspace);
  if (!workspace) return null;
  return (
    <section className="screen">
      <h1>{workspace.name}</h1>
      <dl className="facts">
        <dt>{t('ui.overview.role')}</dt>
        <dd>{t(`ui.roles.${workspace.role}`)}</dd>
        <dt>{t('ui.overview.file')}</dt>
        <dd className="mono">{workspace.path}</dd>
        <dt>{t('ui.overview.created')}</dt>
        <dd>{new Date(workspace.createdAt).toLocaleString()}</dd>
        <dt>{t('ui.overview.schema')}</dt>
        <dd>{workspace.schemaVersion}</dd>
      </dl>
      <p className="muted">{t(`ui.overview.next.${workspace.role}`)}</p>
    </section>
  );
}
