import { useState } from 'react';
import type { PanelSectionProps, ReportNotice } from './panel-props';
import { ReasonedButton } from '../../../components/ReasonedButton';
import { useT } from '../../../i18n/use-t';
import type { PanelVote } from '../../../../shared/domain/panel';
import { useAction } from '../../../api/use-channel';
import { ErrorNotice } from '../../../components/ErrorNotice';

const VOTES: PanelVote[] = ['for', 'against', 'abstain'];

/** A member's paper ballot typed in by the officer: stored as paper and audited by the handler. */
export function PaperBallotForm({
  view,
  results,
  onEntered,
}: PanelSectionProps & { onEntered: ReportNotice }) {
  const { t } = useT();
  const action = useAction();
  const [applicationId, setApplicationId] = useState('');
  const [reviewerId, setReviewerId] = useState('');
  const [vote, setVote] = useState<PanelVote | null>(null);
  const [score, setScore] = useState('');
  const [comment, setComment] = useState('');
  const { min, max } = results.rubric.scale;
  const references = new Map(results.applications.map((a) => [a.id, a.referenceNo]));
  const active = view.shortlist.filter((row) => row.removedReason === null);
  const conflicted = new Set(
    active.find((row) => row.applicationId === applicationId)?.conflictedMembers ?? [],
  );
  const finalScore = score.trim() === '' ? null : Number(score);

  const blocked =
    applicationId === '' || reviewerId === '' || vote === null
      ? t('panel.ui.ballots.chooseFirst')
      : conflicted.has(reviewerId)
        ? t('panel.ui.ballots.memberConflicted')
        : finalScore !== null && !(finalScore >= min && finalScore <= max)
          ? t('panel.ui.ballots.scoreOutOfRange', { min, max })
          : null;

  const enter = async () => {
    if (vote === null) return;
    const entered = await action.run('panel.ballot.enter', {
      callId: view.callId,
      applicationId,
      reviewerId,
      vote,
      finalScore,
      comment: comment.trim(),
    });
    if (!entered) return;
    onEntered({
      key: 'panel.ui.ballots.entered',
      params: {
        member: view.members.find((m) => m.id === reviewerId)?.name ?? reviewerId,
        application: references.get(applicationId) ?? applicationId,
        revision: entered.revision,
      },
    });
    // The next ballot is usually the same member's on the next application, or the next member's.
    setReviewerId('');
    setVote(null);
    setScore('');
    setComment('');
  };

  return (
    <section className="card panel-card" aria-labelledby="panel-paper-title">
      <h2 id="panel-paper-title">{t('panel.ui.ballots.paper')}</h2>
      <p className="muted">{t('panel.ui.ballots.paperHint')}</p>
      <ErrorNotice error={action.error} onDismiss={() => action.setError(null)} />
      <form
        className="panel-ballot-form"
        aria-labelledby="panel-paper-title"
        onSubmit={(e) => {
          e.preventDefault();
          if (blocked === null) void enter();
        }}
      >
        <label>
          {t('panel.ui.ballots.application')}
          <select value={applicationId} onChange={(e) => setApplicationId(e.target.value)}>
            <option value="">{t('panel.ui.ballots.choose')}</option>
            {active.map((row) => (
              <option key={row.applicationId} value={row.applicationId}>
                {references.get(row.applicationId) ?? row.referenceNo}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('panel.ui.ballots.member')}
          <select value={reviewerId} onChange={(e) => setReviewerId(e.target.value)}>
            <option value="">{t('panel.ui.ballots.choose')}</option>
            {view.members.map((member) => (
              <option key={member.id} value={member.id} disabled={conflicted.has(member.id)}>
                {conflicted.has(member.id)
                  ? t('panel.ui.ballots.conflicted', { name: member.name })
                  : member.name}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="panel-votes">
          <legend>{t('panel.ui.ballots.vote')}</legend>
          {VOTES.map((option) => (
            <label key={option} className="panel-check">
              <input
                type="radio"
                name="panel-vote"
                value={option}
                checked={vote === option}
                onChange={() => setVote(option)}
              />
              {t(`panel.votes.${option}`)}
            </label>
          ))}
        </fieldset>
        <label>
          {t('panel.ui.ballots.finalScore', { min, max })}
          <input
            type="number"
            min={min}
            max={max}
            step="any"
            value={score}
            onChange={(e) => setScore(e.target.value)}
          />
        </label>
        <label className="panel-grow">
          {t('panel.ui.ballots.comment')}
          <input value={comment} maxLength={4000} onChange={(e) => setComment(e.target.value)} />
        </label>
        <div className="panel-submit">
          <ReasonedButton blocked={blocked} busy={action.busy} primary type="submit">
            {t('panel.ui.ballots.enter')}
          </ReasonedButton>
          {blocked && <span className="hint">{blocked}</span>}
        </div>
      </form>
    </section>
  );
}
