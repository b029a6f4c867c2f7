import { useT } from '../../../i18n/use-t';
import type { ResponseOf } from '../../../../shared/contract';

type Reviewer = ResponseOf<'reviewers.list'>[number];

/** Panel members from the reviewer registry, each with how many shortlisted applications they must leave (回避). */
export function MemberPicker({
  reviewers,
  chosen,
  min,
  conflictCount,
  onChange,
}: {
  reviewers: Reviewer[];
  chosen: readonly string[];
  min: number;
  conflictCount: (reviewerId: string) => number;
  onChange: (chosen: string[]) => void;
}) {
  const { t } = useT();
  const set = new Set(chosen);
  return (
    <fieldset className="panel-members">
      <legend>{t('panel.ui.setup.membersLabel')}</legend>
      <ul>
        {reviewers.map((reviewer) => {
          const conflicts = conflictCount(reviewer.id);
          return (
            <li key={reviewer.id}>
              <label className="panel-check">
                <input
                  type="checkbox"
                  checked={set.has(reviewer.id)}
                  onChange={(e) =>
                    onChange(
                      e.target.checked ? [...chosen, reviewer.id] : chosen.filter((id) => id !== reviewer.id),
                    )
                  }
                />
                <span className="panel-member-name">{reviewer.name}</span>
                <span className="muted">{reviewer.institution}</span>
                {conflicts > 0 && (
                  <span className="tag tag-warn">
                    {t('panel.ui.setup.memberConflicts', { count: conflicts })}
                  </span>
                )}
              </label>
            </li>
          );
        })}
      </ul>
      <p className={chosen.length < min ? 'hint panel-short' : 'hint'}>
        {t('panel.ui.setup.chosen', { chosen: chosen.length, min })}
      </p>
    </fieldset>
  );
}
