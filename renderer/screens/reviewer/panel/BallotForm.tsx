import { useState, type FormEvent } from 'react';
import { useT } from '../../../i18n/use-t';
import type { MemberBallot } from '../../../../shared/contract/panel-bundles';
import { useAction } from '../../../api/use-channel';
import { ErrorNotice } from '../../../components/ErrorNotice';

const VOTES = ['for', 'against', 'abstain'] as const;
type Vote = (typeof VOTES)[number];

/** 赞成 / 反对 / 弃权, an optional final score on the rubric's overall scale and a short comment. */
export function BallotForm({
  callId,
  applicationId,
  scale,
  ballot,
  onSaved,
}: {
  callId: string;
  applicationId: string;
  scale: { min: number; max: number };
  ballot: MemberBallot | null;
  onSaved: (ballot: MemberBallot) => void;
}) {
  const { t } = useT();
  const [vote, setVote] = useState<Vote | null>(ballot?.vote ?? null);
  const [score, setScore] = useState(ballot?.finalScore === null || !ballot ? '' : String(ballot.finalScore));
  const [comment, setComment] = useState(ballot?.comment ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const { run, error, setError } = useAction();
  const [saved, setSaved] = useState<number | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    setError(null);
    if (vote === null) {
      setProblem(t('ballot.ui.chooseVote'));
      return;
    }
    const finalScore = score.trim() === '' ? null : Number(score);
    if (
      finalScore !== null &&
      (!Number.isFinite(finalScore) || finalScore < scale.min || finalScore > scale.max)
    ) {
      setProblem(t('ballot.ui.badScore', scale));
      return;
    }
    setProblem(null);
    const stored = await run('reviewer.panel.ballot.save', {
      callId,
      applicationId,
      vote,
      finalScore,
      comment,
    });
    if (!stored) return;
    setSaved(stored.revision);
    onSaved(stored);
  };

  return (
    <form
      className="ballot-form"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-label={t('ballot.ui.ballot')}
    >
      <fieldset>
        <legend>{t('ballot.ui.vote')}</legend>
        {VOTES.map((value) => (
          <label key={value} className="radio-option">
            <input
              type="radio"
              name={`vote-${applicationId}`}
              value={value}
              checked={vote === value}
              onChange={() => setVote(value)}
            />
            {t(`ballot.ui.votes.${value}`)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('ballot.ui.finalScore', scale)}
        <input
          type="number"
          inputMode="decimal"
          step="0.1"
          min={scale.min}
          max={scale.max}
          value={score}
          onChange={(event) => setScore(event.target.value)}
        />
      </label>
      <label>
        {t('ballot.ui.comment')}
        <textarea
          value={comment}
          maxLength={2000}
          rows={3}
          onChange={(event) => setComment(event.target.value)}
        />
      </label>
      {problem ? (
        <p role="alert" className="field-error">
          {problem}
        </p>
      ) : null}
      <ErrorNotice error={error} />
      <button type="submit">{t('ballot.ui.save')}</button>
      {saved !== null ? <p role="status">{t('ballot.ui.saved', { revision: saved })}</p> : null}
    </form>
  );
}
