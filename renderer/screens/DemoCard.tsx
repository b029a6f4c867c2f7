import { useRef, useState, type FormEvent } from 'react';
import { useT } from '../i18n/use-t';
import type { Progress } from '../../shared/contract/progress';
import { useAction } from '../api/use-channel';
import { ErrorNotice } from '../components/ErrorNotice';
import { ProgressBar } from '../components/ProgressBar';
import { ReasonedButton } from '../components/ReasonedButton';
import { useAppStore } from '../store/app-store';
import './office/assignment/assignment.css';

/** The welcome screen's offer to build a demo office (the same as `peerdesk demo`) and open it. */
export function DemoCard() {
  const { t } = useT();
  const setWorkspace = useAppStore((state) => state.setWorkspace);
  const [outDir, setOutDir] = useState('');
  const [applications, setApplications] = useState('120');
  const [reviewers, setReviewers] = useState('40');
  const [perApplication, setPerApplication] = useState('3');
  const [seed, setSeed] = useState('peerdesk');
  const [progress, setProgress] = useState<Progress | null>(null);
  const action = useAction();
  const running = useRef<AbortController | null>(null);

  async function build(event: FormEvent) {
    event.preventDefault();
    const controller = new AbortController();
    running.current = controller;
    setProgress({ done: 0, total: 1, label: 'assignment.progress.demo.documents' });
    const result = await action.run(
      'demo.run',
      {
        outDir,
        applications: Number(applications),
        reviewers: Number(reviewers),
        perApplication: Number(perApplication),
        seed: seed.trim() || 'peerdesk',
      },
      { onProgress: setProgress, signal: controller.signal },
    );
    running.current = null;
    setProgress(null);
    if (result) setWorkspace(result.workspace);
  }

  return (
    <section className="card demo-card" aria-labelledby="demo-card-title">
      <h2 id="demo-card-title">{t('assignment.demo.title')}</h2>
      <p className="muted">{t('assignment.demo.hint')}</p>
      <ErrorNotice error={action.error} onDismiss={() => action.setError(null)} />
      <form onSubmit={(event) => void build(event)}>
        <label>
          {t('assignment.demo.outDir')}
          <input
            value={outDir}
            onChange={(event) => setOutDir(event.target.value)}
            placeholder={t('assignment.demo.outDirPlaceholder')}
            required
          />
        </label>
        <div className="demo-sizes">
          <label>
            {t('assignment.demo.applications')}
            <input
              type="number"
              min={1}
              max={5000}
              value={applications}
              onChange={(e) => setApplications(e.target.value)}
            />
          </label>
          <label>
            {t('assignment.demo.reviewers')}
            <input
              type="number"
              min={1}
              max={1000}
              value={reviewers}
              onChange={(e) => setReviewers(e.target.value)}
            />
          </label>
          <label>
            {t('assignment.demo.perApplication')}
            <input
              type="number"
              min={1}
              max={10}
              value={perApplication}
              onChange={(e) => setPerApplication(e.target.value)}
            />
          </label>
          <label>
            {t('assignment.demo.seed')}
            <input value={seed} onChange={(event) => setSeed(event.target.value)} />
          </label>
        </div>
        <ReasonedButton
          type="submit"
          primary
          blocked={outDir.trim() === '' ? t('assignment.demo.needOutDir') : null}
          busy={progress !== null}
        >
          {t('assignment.demo.build')}
        </ReasonedButton>
      </form>
      <ProgressBar progress={progress} onCancel={() => running.current?.abort()} />
    </section>
  );
}
