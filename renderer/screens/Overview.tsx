import { useT } from '../i18n/use-t';
import type { NextStep } from '../../shared/domain/next-step';
import { formatDateTime } from '../../shared/text/dates';
import { useChannel } from '../api/use-channel';
import type { RouteId } from '../app/route-ids';
import { currentLanguage } from '../i18n/i18n';
import { useAppStore } from '../store/app-store';

/** The screen where each next step is done. */
const stepScreen: Record<Exclude<NextStep, 'done'>, RouteId> = {
  createCall: 'office-calls',
  importApplications: 'office-applications',
  addReviewers: 'office-reviewers',
  assignReviewers: 'office-assignment',
  issuePackages: 'office-packages',
  mergeReviews: 'office-merge',
  rank: 'results',
  decide: 'results',
};

/** The office's next step, computed from the workspace's state, with a button to its screen. */
function OfficeNextStep() {
  const { t } = useT();
  const go = useAppStore((state) => state.go);
  const next = useChannel('dashboard.nextStep', {}).value;
  if (!next) return null;
  const { step, callCode } = next;
  return (
    <div className="panel next-step">
      <p>{t(`ui.overview.steps.${step}`, { call: callCode ?? '' })}</p>
      {step !== 'done' && (
        <button type="button" className="primary" onClick={() => go(stepScreen[step])}>
          {t(`ui.overview.go.${step}`)}
        </button>
      )}
    </div>
  );
}

/** The landing screen of a workspace: what it is, where it lives, and what to do next. */
export function Overview() {
  const { t } = useT();
  const workspace = useAppStore((state) => state.workspace);
  if (!workspace) return null;
  return (
    <section className="screen">
      <h1>{workspace.name}</h1>
      {workspace.role === 'office' ? (
        <OfficeNextStep />
      ) : (
        <p className="muted">{t('ui.overview.next.reviewer')}</p>
      )}
      <dl className="facts">
        <dt>{t('ui.overview.role')}</dt>
        <dd>{t(`ui.roles.${workspace.role}`)}</dd>
        <dt>{t('ui.overview.file')}</dt>
        <dd className="mono">{workspace.path}</dd>
        <dt>{t('ui.overview.created')}</dt>
        <dd>{formatDateTime(workspace.createdAt, currentLanguage())}</dd>
        <dt>{t('ui.overview.schema')}</dt>
        <dd>{workspace.schemaVersion}</dd>
      </dl>
    </section>
  );
}
