import { useT } from '../../i18n/use-t';
import { currentLanguage } from '../../i18n/i18n';
import { formatYuan } from './format';

interface BudgetLine {
  workPackage: string;
  year: number;
  amount: number;
}

/** The lump-sum budget as work package × year, with row, column and grand totals. */
export function BudgetTable({
  lines,
  requestedTotal,
}: {
  lines: readonly BudgetLine[];
  requestedTotal: number;
}) {
  const { t } = useT();
  const language = currentLanguage();
  const money = (amount: number) => formatYuan(amount, language);
  if (lines.length === 0)
    return <p className="muted">{t('reviewer.budget.empty', { amount: money(requestedTotal) })}</p>;

  const packages = [...new Set(lines.map((line) => line.workPackage))];
  const years = [...new Set(lines.map((line) => line.year))].sort((a, b) => a - b);
  const cell = new Map(lines.map((line) => [`${line.workPackage}\u0000${line.year}`, line.amount]));
  const amount = (workPackage: string, year: number) => cell.get(`${workPackage}\u0000${year}`) ?? 0;
  const rowTotal = (workPackage: string) => years.reduce((sum, year) => sum + amount(workPackage, year), 0);
  const yearTotal = (year: number) =>
    packages.reduce((sum, workPackage) => sum + amount(workPackage, year), 0);
  const total = lines.reduce((sum, line) => sum + line.amount, 0);

  return (
    <div className="budget">
      <table className="table budget-table">
        <caption>{t('reviewer.budget.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reviewer.budget.workPackage')}</th>
            {years.map((year) => (
              <th key={year} scope="col" className="num">
                {year}
              </th>
            ))}
            <th scope="col" className="num">
              {t('reviewer.budget.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {packages.map((workPackage) => (
            <tr key={workPackage}>
              <th scope="row">{workPackage}</th>
              {years.map((year) => (
                <td key={year} className="num">
                  {cell.has(`${workPackage}\u0000${year}`) ? money(amount(workPackage, year)) : '—'}
                </td>
              ))}
              <td className="num strong">{money(rowTotal(workPackage))}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('reviewer.budget.total')}</th>
            {years.map((year) => (
              <td key={year} className="num strong">
                {money(yearTotal(year))}
              </td>
            ))}
            <td className="num strong">{money(total)}</td>
          </tr>
        </tfoot>
      </table>
      <p className="muted">{t('reviewer.budget.requested', { amount: money(requestedTotal) })}</p>
      {total !== requestedTotal && (
        <p className="notice notice-warn">
          {t('reviewer.budget.mismatch', { sum: money(total), requested: money(requestedTotal) })}
        </p>
      )}
    </div>
  );
}
