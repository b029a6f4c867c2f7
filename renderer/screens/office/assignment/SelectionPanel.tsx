import { translateOr, useT } from '../../../i18n/use-t';
import { ReasonedButton } from '../../../components/ReasonedButton';
import { LanguageList } from './LanguageList';
import { cellState, languageMismatchAt, pairKey, type MatrixModel } from './matrix-model';

/** The selected application × reviewer: who, how well they match, conflicts, and the actions. */
export function SelectionPanel({
  model,
  applicationIndex,
  reviewerIndex,
  match,
  busy,
  onAssign,
  onLock,
}: {
  model: MatrixModel;
  applicationIndex: number | null;
  reviewerIndex: number | null;
  match: number;
  busy: boolean;
  onAssign: (assigned: boolean) => void;
  onLock: (locked: boolean) => void;
}) {
  const { t } = useT();
  const application = applicationIndex === null ? undefined : model.matrix.applications[applicationIndex];
  const reviewer = reviewerIndex === null ? undefined : model.matrix.reviewers[reviewerIndex];
  if (!application || !reviewer) {
    return (
      <aside className="card selection-panel" aria-label={t('assignment.matrix.selection.title')}>
        <h2>{t('assignment.matrix.selection.title')}</h2>
        <p className="muted">{t('assignment.matrix.selection.none')}</p>
      </aside>
    );
  }
  const state = cellState(model, application.id, reviewer.id);
  const conflicts = model.conflicts.get(pairKey(application.id, reviewer.id)) ?? [];
  const assigned = state === 'assigned' || state === 'locked';
  const languageMismatch = languageMismatchAt(model, applicationIndex as number, reviewerIndex as number);
  return (
    <aside className="card selection-panel" aria-label={t('assignment.matrix.selection.title')}>
      <h2>{t('assignment.matrix.selection.title')}</h2>
      <p className="selection-application">
        <span className="mono">{application.referenceNo}</span> {application.title}
      </p>
      <p className="muted small">{application.keywords.join('；')}</p>
      <p className="selection-reviewer">
        <strong>{reviewer.name}</strong> · {reviewer.institution}
      </p>
      <p className="muted small">{reviewer.expertise.join('；')}</p>
      <dl className="facts selection-facts">
        <dt>{t('assignment.matrix.selection.match')}</dt>
        <dd>{Math.round(match * 100)}%</dd>
        <dt>{t('assignment.matrix.selection.applicationLanguage')}</dt>
        <dd>
          <LanguageList languages={application.languages} />
        </dd>
        <dt>{t('assignment.matrix.selection.reviewerLanguage')}</dt>
        <dd>
          <LanguageList languages={reviewer.languages} />
          {languageMismatch && (
            <>
              {' '}
              <span className="tag tag-short">{t('assignment.matrix.selection.noSharedLanguage')}</span>
            </>
          )}
        </dd>
        <dt>{t('assignment.matrix.load', { load: reviewer.totalLoad, max: reviewer.maxLoad })}</dt>
        <dd>
          <span className={`tag cell-tag-${state}`}>
            {t(`assignment.matrix.legend.${state === 'free' ? 'match' : state}`)}
          </span>
        </dd>
        {conflicts.length > 0 && (
          <>
            <dt>{t('assignment.matrix.selection.conflicts')}</dt>
            <dd>
              {conflicts.map((type) => translateOr(t, `assignment.conflictTypes.${type}`, type)).join('、')}
            </dd>
          </>
        )}
      </dl>
      <div className="toolbar">
        {assigned ? (
          <button type="button" onClick={() => onAssign(false)} disabled={busy}>
            {t('assignment.matrix.selection.unassign')}
          </button>
        ) : (
          <ReasonedButton
            primary
            onClick={() => onAssign(true)}
            busy={busy}
            blocked={
              state === 'conflict'
                ? t('assignment.matrix.selection.assignBlockedConflict')
                : state === 'recused'
                  ? t('assignment.matrix.selection.assignBlockedRecused')
                  : null
            }
          >
            {t('assignment.matrix.selection.assign')}
          </ReasonedButton>
        )}
        {assigned && (
          <button type="button" onClick={() => onLock(state !== 'locked')} disabled={busy}>
            {state === 'locked'
              ? t('assignment.matrix.selection.unlock')
              : t('assignment.matrix.selection.lock')}
          </button>
        )}
      </div>
      <p className="muted small">{t('assignment.matrix.selection.lockedHint')}</p>
    </aside>
  );
}
