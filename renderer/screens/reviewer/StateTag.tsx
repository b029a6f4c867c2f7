import { useT } from '../../i18n/use-t';
import type { InboxState } from '../../../shared/contract/reviewer';

const TONE: Record<InboxState, string> = {
  'not-started': 'tag',
  draft: 'tag tag-warn',
  submitted: 'tag tag-ok',
  recused: 'tag tag-recused',
  exported: 'tag tag-ok',
};

/** Where a review stands; an exported recusal says both. */
export function StateTag({ state, recused }: { state: InboxState; recused: boolean }) {
  const { t } = useT();
  if (state === 'exported' && recused) {
    return (
      <>
        <span className={TONE.recused}>{t('reviewer.states.recused')}</span>
        <span className={TONE.exported}>{t('reviewer.states.exported')}</span>
      </>
    );
  }
  return <span className={TONE[state]}>{t(`reviewer.states.${state}`)}</span>;
}
