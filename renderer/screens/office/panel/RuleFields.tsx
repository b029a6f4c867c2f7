import { LabelledSelect } from '../../../components/FormField';
import { useT } from '../../../i18n/use-t';
import type { PanelMajority } from '../../../../shared/domain/panel';

/** The quorums offered, as stored (four decimals: 0.6667 is two thirds), by their names. */
const QUORUMS = { half: 0.5, twoThirds: 0.6667, threeQuarters: 0.75, all: 1 } as const;
export type QuorumChoice = keyof typeof QUORUMS;
const QUORUM_CHOICES = Object.keys(QUORUMS) as QuorumChoice[];

export function quorumValue(choice: QuorumChoice): number {
  return QUORUMS[choice];
}
const MAJORITIES: PanelMajority[] = ['>1/2', '>=2/3'];

/** The offered quorum nearest a stored one. */
export function quorumChoice(quorum: number): QuorumChoice {
  return QUORUM_CHOICES.reduce((best, q) =>
    Math.abs(QUORUMS[q] - quorum) < Math.abs(QUORUMS[best] - quorum) ? q : best,
  );
}

/** The offered quorum a stored one is (to its four decimals), or null for another figure. */
export function exactQuorumChoice(quorum: number): QuorumChoice | null {
  const choice = quorumChoice(quorum);
  return Math.abs(QUORUMS[choice] - quorum) < 0.0001 ? choice : null;
}

/** The voting rule as the form holds it: the quorum by its name. */
export interface RuleDraft {
  quorum: QuorumChoice;
  majority: PanelMajority;
  requiresRecommendation: boolean;
}

/** The voting rule: quorum as a share of eligible members present, the majority, and the funding gate. */
export function RuleFields({ rule, onChange }: { rule: RuleDraft; onChange: (rule: RuleDraft) => void }) {
  const { t } = useT();
  return (
    <div className="panel-rule">
      <LabelledSelect
        label={t('panel.ui.setup.quorum')}
        value={rule.quorum}
        choices={QUORUM_CHOICES.map((q) => ({ value: q, label: t(`panel.ui.setup.quorums.${q}`) }))}
        onChange={(quorum) => onChange({ ...rule, quorum })}
      />
      <LabelledSelect
        label={t('panel.ui.setup.majority')}
        value={rule.majority}
        choices={MAJORITIES.map((m) => ({ value: m, label: t(`panel.ui.setup.majorities.${m}`) }))}
        onChange={(majority) => onChange({ ...rule, majority })}
      />
      <label className="panel-check">
        <input
          type="checkbox"
          checked={rule.requiresRecommendation}
          onChange={(e) => onChange({ ...rule, requiresRecommendation: e.target.checked })}
        />
        {t('panel.ui.setup.requiresRecommendation')}
      </label>
    </div>
  );
}
