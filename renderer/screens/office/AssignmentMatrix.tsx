import { useEffect, useMemo, useState } from 'react';
import { useT } from '../../i18n/use-t';
import type { AutoAssignResult } from '../../../shared/contract/assignments';
import { useAction, useChannel } from '../../api/use-channel';
import { ProgressBar } from '../../components/ProgressBar';
import { AutoAssignReport } from './assignment/AutoAssignReport';
import { MatrixGrid, type GridPosition } from './assignment/MatrixGrid';
import {
  buildModel,
  cellState,
  matchAt,
  visibleRows,
  withCell,
  type MatrixModel,
} from './assignment/matrix-model';
import { ReviewerRulesOptions, RULES_OFF, rulesRequest } from './assignment/ReviewerRulesOptions';
import { SelectionPanel } from './assignment/SelectionPanel';
import { useProgressRun } from './assignment/use-progress-run';
import { CallPicker } from './common/CallPicker';
import { LoadOrActionError } from './assignment/LoadOrActionError';
import { useCalls } from './common/useCalls';
import { CheckField, SearchField } from '../../components/FormField';
import './assignment/assignment.css';

type Mode = 'replace-unlocked' | 'fill-gaps';

/**
 * The assignment matrix (分配): auto-assign a call's applications with progress and a report of
 * what could not be covered, then adjust by hand — assign, unassign, lock — cell by cell.
 */
export function AssignmentMatrix() {
  const { t } = useT();
  const { calls, callId, setCallId, error: callsError } = useCalls();
  const matrix = useChannel('assignments.matrix', callId ? { callId } : null);
  const action = useAction();
  const autoAssigning = useProgressRun(action);
  const [model, setModel] = useState<MatrixModel | null>(null);
  const [search, setSearch] = useState('');
  const [onlyShort, setOnlyShort] = useState(false);
  const [position, setPosition] = useState<GridPosition | null>(null);
  const [mode, setMode] = useState<Mode>('replace-unlocked');
  const [perApplication, setPerApplication] = useState<number | null>(null);
  const [rules, setRules] = useState(RULES_OFF);
  const [result, setResult] = useState<AutoAssignResult | null>(null);
  const busy = action.busy;
  const loaded = matrix.value;

  useEffect(() => {
    setModel(null);
    setResult(null);
    setPosition(null);
  }, [callId]);

  // Each answer (a newly picked call, or the reload after auto-assigning) replaces the hand-edited model.
  useEffect(() => {
    if (!loaded) return;
    setModel(buildModel(loaded));
    setMode(loaded.call.status === 'draft' ? 'replace-unlocked' : 'fill-gaps');
    setPerApplication(loaded.call.reviewersPerApplication);
  }, [loaded]);

  const rows = useMemo(
    () => (model ? visibleRows(model, search, onlyShort) : []),
    [model, search, onlyShort],
  );
  const selectedApplication = position ? (rows[position.row] ?? null) : null;
  const selectedReviewer = position?.column ?? null;

  async function autoAssign() {
    if (!callId) return;
    setResult(null);
    const outcome = await autoAssigning.run('assignments.auto', {
      callId,
      mode,
      ...(perApplication ? { perApplication } : {}),
      ...rulesRequest(rules),
    });
    if (!outcome) return;
    setResult(outcome);
    await matrix.reload();
  }

  async function change(target: GridPosition, edit: { assigned: boolean } | { locked: boolean }) {
    if (!model || !callId) return;
    const application = model.matrix.applications[rows[target.row] as number];
    const reviewer = model.matrix.reviewers[target.column];
    if (!application || !reviewer) return;
    const pair = { callId, applicationId: application.id, reviewerId: reviewer.id };
    const outcome =
      'assigned' in edit
        ? await action.run('assignments.set', { ...pair, assigned: edit.assigned })
        : await action.run('assignments.lock', { ...pair, locked: edit.locked });
    if (!outcome) return;
    setModel((current) => (current ? withCell(current, pair, outcome.cell) : current));
  }

  const stateAt = (target: GridPosition) => {
    const application = model?.matrix.applications[rows[target.row] as number];
    const reviewer = model?.matrix.reviewers[target.column];
    return model && application && reviewer ? cellState(model, application.id, reviewer.id) : 'free';
  };
  const toggleAssigned = (target: GridPosition) => {
    const state = stateAt(target);
    if (state === 'assigned' || state === 'locked') void change(target, { assigned: false });
    else if (state === 'free') void change(target, { assigned: true });
  };
  const toggleLocked = (target: GridPosition) => {
    const state = stateAt(target);
    if (state === 'assigned' || state === 'locked') void change(target, { locked: state === 'assigned' });
  };

  const wanted = model ? model.matrix.applications.length * model.matrix.call.reviewersPerApplication : 0;
  const filled = model ? [...model.assignedCount.values()].reduce((sum, count) => sum + count, 0) : 0;

  return (
    <section className="screen assignment-screen">
      <h1>{t('assignment.nav.matrix')}</h1>
      <CallPicker calls={calls} callId={callId} onChange={setCallId} error={callsError} />
      <LoadOrActionError load={matrix} action={action} />
      {model && (
        <>
          <div className="toolbar assign-toolbar">
            <label>
              {t('assignment.matrix.mode')}
              <select value={mode} onChange={(event) => setMode(event.target.value as Mode)} disabled={busy}>
                {(['replace-unlocked', 'fill-gaps'] as const).map((option) => (
                  <option
                    key={option}
                    value={option}
                    disabled={option === 'replace-unlocked' && model.matrix.call.status !== 'draft'}
                  >
                    {t(`assignment.matrix.modes.${option}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('assignment.matrix.perApplication')}
              <input
                type="number"
                min={1}
                max={50}
                value={perApplication ?? ''}
                onChange={(event) =>
                  setPerApplication(event.target.value === '' ? null : Number(event.target.value))
                }
                disabled={busy}
              />
            </label>
            <button type="button" className="primary" onClick={() => void autoAssign()} disabled={busy}>
              {t('assignment.matrix.autoAssign')}
            </button>
          </div>
          <ReviewerRulesOptions value={rules} onChange={setRules} disabled={busy} />
          <ProgressBar progress={autoAssigning.progress} onCancel={autoAssigning.cancel} />
          {result && <AutoAssignReport result={result} />}
          <p className="muted">
            {t('assignment.matrix.summary', {
              applications: model.matrix.applications.length,
              reviewers: model.matrix.reviewers.length,
              assigned: filled,
              wanted,
            })}
          </p>
          <div className="toolbar">
            <SearchField
              label={t('assignment.matrix.search')}
              value={search}
              placeholder={t('assignment.matrix.searchPlaceholder')}
              onChange={(value) => {
                setSearch(value);
                setPosition(null);
              }}
            />
            <CheckField
              label={t('assignment.matrix.onlyUncovered')}
              checked={onlyShort}
              onChange={(checked) => {
                setOnlyShort(checked);
                setPosition(null);
              }}
            />
          </div>
          <ul className="matrix-legend" aria-label={t('assignment.matrix.legend.match')}>
            {(['assigned', 'locked', 'conflict', 'recused'] as const).map((state) => (
              <li key={state}>
                <span className={`legend-swatch matrix-cell cell-${state}`} aria-hidden="true" />
                {t(`assignment.matrix.legend.${state}`)}
              </li>
            ))}
            <li>
              <span className="legend-swatch legend-match" aria-hidden="true" />
              {t('assignment.matrix.legend.match')}
            </li>
          </ul>
          <div className="matrix-layout">
            <MatrixGrid
              model={model}
              rows={rows}
              position={position}
              onMove={setPosition}
              onToggleAssigned={toggleAssigned}
              onToggleLocked={toggleLocked}
            />
            <SelectionPanel
              model={model}
              applicationIndex={selectedApplication}
              reviewerIndex={selectedReviewer}
              match={
                selectedApplication !== null && selectedReviewer !== null
                  ? matchAt(model, selectedApplication, selectedReviewer)
                  : 0
              }
              busy={busy}
              onAssign={(assigned) => position && void change(position, { assigned })}
              onLock={(locked) => position && void change(position, { locked })}
            />
          </div>
        </>
      )}
    </section>
  );
}
