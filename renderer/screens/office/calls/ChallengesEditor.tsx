import { useT } from '../../../i18n/use-t';
import type { ChallengeInput } from '../../../../shared/domain/call';
import { NumberInput } from './NumberInput';

const titleLabels = [
  ['zh', 'office.calls.titleZh'],
  ['en', 'office.calls.titleEn'],
] as const;

/** The n-th challenge as added: a code to overwrite, funding one team. */
const blankChallenge = (n: number): ChallengeInput => ({
  code: `B${n}`,
  title: { zh: '', en: '' },
  description: '',
  awards: 1,
});

/** The challenges (榜单) of a challenge call, each with the number of teams it funds. */
export function ChallengesEditor({
  challenges,
  onChange,
}: {
  challenges: ChallengeInput[];
  onChange: (challenges: ChallengeInput[]) => void;
}) {
  const { t } = useT();
  const update = (index: number, patch: Partial<ChallengeInput>) =>
    onChange(challenges.map((challenge, i) => (i === index ? { ...challenge, ...patch } : challenge)));
  const setAwards = (index: number) => (awards: number | null) =>
    update(index, { awards: awards ?? Number.NaN });
  const awardsLabel = t('office.calls.awards');
  return (
    <fieldset className="challenges">
      <legend>{t('office.calls.challenges')}</legend>
      {challenges.length === 0 && <p className="muted">{t('office.calls.noChallenges')}</p>}
      {challenges.map((challenge, index) => (
        <div className="challenge-row" key={challenge.id ?? `new-${index}`}>
          <label>
            {t('office.calls.challengeCode')}
            <input value={challenge.code} onChange={(event) => update(index, { code: event.target.value })} />
          </label>
          {titleLabels.map(([language, label]) => (
            <label key={language}>
              {t(label)}
              <input
                value={challenge.title[language]}
                onChange={(event) =>
                  update(index, { title: { ...challenge.title, [language]: event.target.value } })
                }
              />
            </label>
          ))}
          <NumberInput
            label={awardsLabel}
            step={1}
            min={0}
            value={challenge.awards}
            onChange={setAwards(index)}
          />
          <label className="wide">
            {t('office.calls.challengeDescription')}
            <textarea
              value={challenge.description}
              onChange={(event) => update(index, { description: event.target.value })}
            />
          </label>
          <button
            type="button"
            className="danger"
            onClick={() => onChange(challenges.filter((_, i) => i !== index))}
            aria-label={t('office.calls.removeChallengeNamed', { code: challenge.code || index + 1 })}
          >
            {t('office.common.remove')}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...challenges, blankChallenge(challenges.length + 1)])}>
        {t('office.calls.addChallenge')}
      </button>
    </fieldset>
  );
}
