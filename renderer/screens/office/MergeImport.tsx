import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n/use-t';
import type { MergeRunResult } from '../../../shared/contract/merge';
import type { Progress } from '../../../shared/contract/progress';
import { bundleFileExtensions } from '../../../shared/domain/bundle-files';
import { pick } from '../../../shared/domain/localized';
import { useAction, useChannel } from '../../api/use-channel';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ProgressBar } from '../../components/ProgressBar';
import { currentLanguage } from '../../i18n/i18n';
import { useAppStore } from '../../store/app-store';
import { MergeReportTable } from './merge/MergeReportTable';
import { RECENT_MERGES_SHOWN, RecentMerges } from './merge/RecentMerges';
import { ProgressTiles } from './merge/ProgressTiles';
import { useReviewProgress } from './merge/progress-store';
import { useWindowDrop } from './merge/use-window-drop';
import './merge/merge.css';
import '../../components/file-picker.css';

/** Review bundles (mail review) and ballot bundles (panel vote) are merged here alike. */
const EXTENSIONS = [bundleFileExtensions['review-bundle'], bundleFileExtensions['ballot-bundle']].map(
  (extension) => `.${extension}`,
);
const isBundle = (name: string) => EXTENSIONS.some((extension) => name.toLowerCase().endsWith(extension));
/** While a merge runs, the progress figures are re-read at most this often. */
const LIVE_REFRESH_MS = 1500;

/**
 * 合并评审结果包: review bundles chosen, taken from a folder or dropped anywhere on the window are
 * merged at once — every bundle verified completely before anything is written, each applied
 * entirely or not at all — with progress, cancel, a per-bundle report and the call's progress.
 */
export function MergeImport() {
  const { t } = useT();
  const id = useId();
  const go = useAppStore((state) => state.go);
  const { calls, callId, refresh } = useReviewProgress();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [run, setRun] = useState<MergeRunResult | null>(null);
  const [unreadable, setUnreadable] = useState<string[]>([]);
  const action = useAction();
  const recent = useChannel('merge.log', { limit: RECENT_MERGES_SHOWN });
  const controller = useRef<AbortController | null>(null);
  const lastRefresh = useRef(0);
  const folderInput = useRef<HTMLInputElement | null>(null);
  const busy = progress !== null;

  useEffect(() => {
    void refresh();
  }, [refresh]);
  useEffect(() => {
    folderInput.current?.setAttribute('webkitdirectory', '');
  }, []);

  async function merge(files: File[]) {
    if (files.length === 0 || controller.current) return;
    action.setError(null);
    setRun(null);
    const abort = new AbortController();
    controller.current = abort;
    setProgress({ done: 0, total: files.length, label: 'merge.import.reading' });
    const payload: { name: string; bytes: Uint8Array<ArrayBuffer> }[] = [];
    const skipped: string[] = [];
    for (const file of files) {
      try {
        payload.push({
          name: file.webkitRelativePath || file.name,
          bytes: new Uint8Array(await file.arrayBuffer()),
        });
      } catch {
        skipped.push(file.name);
      }
    }
    setUnreadable(skipped);
    const result =
      payload.length === 0
        ? null
        : await action.run(
            'merge.importBundles',
            { files: payload },
            {
              signal: abort.signal,
              onProgress: (next) => {
                setProgress(next);
                if (Date.now() - lastRefresh.current > LIVE_REFRESH_MS) {
                  lastRefresh.current = Date.now();
                  void refresh();
                }
              },
            },
          );
    controller.current = null;
    setProgress(null);
    if (result) setRun(result);
    await Promise.all([recent.reload(), refresh()]);
  }

  const dragging = useWindowDrop((files) => void merge(files), !busy);
  const chosen = (list: FileList | null, folder: boolean) => {
    const files = [...(list ?? [])];
    void merge(folder ? files.filter((file) => isBundle(file.name)) : files);
  };

  const tally = (status: string) => run?.reports.filter((report) => report.status === status).length ?? 0;
  const call = calls?.find((candidate) => candidate.id === callId) ?? null;

  return (
    <section className="screen merge-screen" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t('merge.import.title')}</h1>
      <p className="lead">{t('merge.import.intro')}</p>

      <div
        className={dragging ? 'card drop-zone drop-zone-active' : 'card drop-zone'}
        data-testid="merge-drop-zone"
        aria-busy={busy}
      >
        <p className="drop-zone-text">
          {dragging ? t('merge.import.dropActive') : t('merge.import.dropHere')}
        </p>
        <div className="toolbar drop-zone-actions">
          <label className="file-button">
            <span>{t('merge.import.choose')}</span>
            <input
              type="file"
              multiple
              accept={EXTENSIONS.join(',')}
              disabled={busy}
              onChange={(event) => {
                chosen(event.target.files, false);
                event.target.value = '';
              }}
            />
          </label>
          <label className="file-button">
            <span>{t('merge.import.chooseFolder')}</span>
            <input
              ref={folderInput}
              type="file"
              multiple
              disabled={busy}
              onChange={(event) => {
                chosen(event.target.files, true);
                event.target.value = '';
              }}
            />
          </label>
        </div>
      </div>

      <ProgressBar progress={progress} onCancel={() => controller.current?.abort()} />
      <ErrorNotice error={action.error} onDismiss={() => action.setError(null)} />
      {unreadable.length > 0 && (
        <div className="notice notice-warn" role="status">
          <span>{t('merge.import.unreadable', { files: unreadable.join(', ') })}</span>
        </div>
      )}

      {run && (
        <section className="merge-result" aria-labelledby={`${id}-report`}>
          <h2 id={`${id}-report`}>{t('merge.import.report')}</h2>
          {run.cancelled && (
            <div className="notice notice-warn" role="status">
              <span>{t('merge.import.cancelled', { count: run.notProcessed.length })}</span>
            </div>
          )}
          <p className="merge-summary" role="status">
            {t('merge.import.summary', {
              applied: tally('applied'),
              noop: tally('noop'),
              refused: tally('refused'),
            })}
          </p>
          <MergeReportTable reports={run.reports} />
        </section>
      )}

      {call && (
        <section className="card merge-progress" aria-labelledby={`${id}-progress`}>
          <div className="merge-progress-heading">
            <h2 id={`${id}-progress`}>
              {t('merge.dashboard.title')} · {call.code} {pick(call.title, currentLanguage())}
            </h2>
            <button type="button" className="link" onClick={() => go('office-dashboard')}>
              {t('merge.import.openDashboard')}
            </button>
          </div>
          <ProgressTiles counts={call} conflicts={call.conflicts} />
        </section>
      )}

      <RecentMerges entries={recent.value} error={recent.error} />
    </section>
  );
}
