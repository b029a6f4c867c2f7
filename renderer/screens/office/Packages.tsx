import { useEffect, useState, type FormEvent } from 'react';
import { useT } from '../../i18n/use-t';
import type { ResponseOf } from '../../../shared/contract';
import { useAction, useChannel } from '../../api/use-channel';
import { ProgressBar } from '../../components/ProgressBar';
import { IssuedPackages } from './assignment/IssuedPackages';
import { useProgressRun } from './assignment/use-progress-run';
import { CallPicker } from './common/CallPicker';
import { LoadOrActionError } from './assignment/LoadOrActionError';
import { formatDay } from './common/format';
import { useCalls } from './common/useCalls';
import { ReportTable } from '../../components/table/ReportTable';
import { CheckField } from '../../components/FormField';
import { ReasonedButton } from '../../components/ReasonedButton';
import './assignment/assignment.css';

type Exported = ResponseOf<'packages.export'>;

/**
 * Assignment packages (评审任务包): who has one, whether it is up to date, and issuing or
 * re-issuing them into a folder. The passphrases come back once and are shown once.
 */
export function Packages() {
  const { t } = useT();
  const { calls, callId, setCallId, error: callsError } = useCalls();
  const statusOfCall = useChannel('packages.status', callId ? { callId } : null);
  const action = useAction();
  const issuing = useProgressRun(action);
  const [outDir, setOutDir] = useState('');
  const [dueAt, setDueAt] = useState('');
  const [scope, setScope] = useState<'changed' | 'all'>('changed');
  const [writeList, setWriteList] = useState(false);
  const [issued, setIssued] = useState<Exported | null>(null);

  // The answer for another call may still be on hand while the picked one loads: never show it.
  const status = statusOfCall.value?.call.id === callId ? statusOfCall.value : null;
  const storedDueAt = status?.call.reviewDueAt?.slice(0, 10) ?? '';

  useEffect(() => {
    setIssued(null);
  }, [callId]);
  useEffect(() => {
    setDueAt(storedDueAt);
  }, [storedDueAt]);

  async function issue(event: FormEvent) {
    event.preventDefault();
    if (!callId) return;
    setIssued(null);
    const outcome = await issuing.run('packages.export', {
      callId,
      outDir,
      scope,
      dueAt: dueAt === '' ? null : dueAt,
      passphraseList: writeList,
    });
    if (!outcome) return;
    setIssued(outcome);
    await statusOfCall.reload();
  }

  const busy = issuing.progress !== null;
  // Why "Issue packages" cannot be pressed (null while it can, or while an issue is running).
  const blocked =
    status === null
      ? null
      : status.reviewers.length === 0
        ? t('assignment.packages.needReviewers')
        : outDir.trim() === ''
          ? t('assignment.packages.needOutDir')
          : null;
  return (
    <section className="screen assignment-screen">
      <h1>{t('assignment.nav.packages')}</h1>
      <p className="muted">{t('assignment.packages.intro')}</p>
      <CallPicker calls={calls} callId={callId} onChange={setCallId} error={callsError} />
      <LoadOrActionError load={statusOfCall} action={action} />
      {status && (
        <>
          <form className="packages-form" onSubmit={(event) => void issue(event)}>
            <label>
              {t('assignment.packages.outDir')}
              <input
                value={outDir}
                onChange={(event) => setOutDir(event.target.value)}
                placeholder={t('assignment.packages.outDirPlaceholder')}
                required
              />
            </label>
            <label>
              {t('assignment.packages.dueAt')}
              <input type="date" value={dueAt} onChange={(event) => setDueAt(event.target.value)} />
            </label>
            <label>
              {t('assignment.packages.scope')}
              <select value={scope} onChange={(event) => setScope(event.target.value as 'changed' | 'all')}>
                <option value="changed">{t('assignment.packages.scopes.changed')}</option>
                <option value="all">{t('assignment.packages.scopes.all')}</option>
              </select>
            </label>
            <CheckField
              label={t('assignment.packages.writeList')}
              checked={writeList}
              onChange={(checked) => setWriteList(checked)}
            />
            <div>
              <ReasonedButton type="submit" primary blocked={blocked} busy={busy}>
                {t('assignment.packages.issue')}
              </ReasonedButton>
            </div>
          </form>
          <ProgressBar progress={issuing.progress} onCancel={issuing.cancel} />
          {issued && (
            <IssuedPackages
              issued={issued}
              message={t('assignment.packages.issued', { count: issued.packages.length, dir: issued.outDir })}
              onDismiss={() => setIssued(null)}
            />
          )}
          <ReportTable
            empty={<p className="muted">{t('assignment.packages.none')}</p>}
            rows={status.reviewers}
            rowKey={(reviewer) => reviewer.reviewerId}
            columns={[
              {
                heading: t('assignment.packages.reviewer'),
                cell: (reviewer) => (
                  <>
                    {reviewer.name}
                    <div className="muted small">{reviewer.institution}</div>
                  </>
                ),
              },
              { heading: t('assignment.packages.email'), cell: (reviewer) => reviewer.email },
              {
                heading: t('assignment.packages.applications'),
                numeric: true,
                cell: (reviewer) => reviewer.applications,
              },
              {
                heading: t('assignment.packages.state'),
                cell: (reviewer) => (
                  <span className={`tag state-${reviewer.state}`}>
                    {t(`assignment.packages.states.${reviewer.state}`)}
                  </span>
                ),
              },
              {
                heading: t('assignment.packages.version'),
                numeric: true,
                cell: (reviewer) => (reviewer.issued ? `v${reviewer.issued.version}` : '—'),
              },
              {
                heading: t('assignment.packages.issuedAt'),
                cell: (reviewer) => formatDay(reviewer.issued?.issuedAt ?? null),
              },
            ]}
          />
        </>
      )}
    </section>
  );
}
