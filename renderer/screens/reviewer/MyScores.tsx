import { useT } from '../../i18n/use-t';
import type { ResponseOf } from '../../../shared/contract';
import { pick } from '../../../shared/domain/localized';
import { currentLanguage } from '../../i18n/i18n';
import { formatNumber } from './format';
import { StateTag } from './StateTag';

type Inbox = ResponseOf<'reviewer.inbox'>;

/**
 * All my scores side by side, one table per call: a row per application, a column per criterion,
 * so a reviewer can see whether they are scoring alike things alike. Unscored cells stay empty (—),
 * never 0; recused applications are left out.
 */
export function MyScores({ inbox, onOpen }: { inbox: Inbox; onOpen: (applicationId: string) => void }) {
  const { t } = useT();
  const language = currentLanguage();
  return (
    <>
      {inbox.calls.map((call) => {
        const items = inbox.items
          .filter((item) => item.callId === call.id && !item.archived && !item.recused)
          .sort((a, b) => (b.overall ?? -Infinity) - (a.overall ?? -Infinity));
        const recommendations = new Map(call.recommendations.map((option) => [option.id, option.label]));
        return (
          <div key={call.id} className="my-scores">
            <table className="table">
              <caption>{t('reviewer.myScores.caption', { call: call.code })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('reviewer.inbox.columns.reference')}</th>
                  {call.criteria.map((criterion) => (
                    <th key={criterion.id} scope="col" className="num">
                      {pick(criterion.label, language)}
                    </th>
                  ))}
                  <th scope="col" className="num">
                    {t('reviewer.inbox.columns.score')}
                  </th>
                  <th scope="col">{t('reviewer.form.recommendation')}</th>
                  <th scope="col">{t('reviewer.inbox.columns.status')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.applicationId}>
                    <th scope="row">
                      <button type="button" className="mono" onClick={() => onOpen(item.applicationId)}>
                        {item.referenceNo}
                      </button>
                    </th>
                    {call.criteria.map((criterion) => {
                      const value = item.scores[criterion.id];
                      return (
                        <td key={criterion.id} className="num">
                          {value === undefined ? '—' : formatNumber(value, language)}
                        </td>
                      );
                    })}
                    <td className="num">
                      {item.overall === null ? '—' : formatNumber(item.overall, language)}
                    </td>
                    <td>
                      {item.recommendation
                        ? pick(recommendations.get(item.recommendation) ?? { zh: '', en: '' }, language) ||
                          item.recommendation
                        : '—'}
                    </td>
                    <td>
                      <StateTag state={item.state} recused={item.recused} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </>
  );
}
