import { TableHead } from '../../../components/TableHead';
import { useT } from '../../../i18n/use-t';
import type { BudgetLine } from '../../../../shared/domain/application';
import { currentLanguage } from '../../../i18n/i18n';
import { formatYuan } from '../common/format';

/** The lump-sum budget by work package × year with row, column and grand totals (yuan). */
export function BudgetTable({ lines, requestedTotal }: { lines: BudgetLine[]; requestedTotal: number }) {
  const { t } = useT();
  const language = currentLanguage();
  if (lines.length === 0)
    return (
      <p className="muted">
        {t('office.detail.lumpSumOnly', { total: formatYuan(requestedTotal, language) })}
      </p>
    );
  const packages = [...new Set(lines.map((line) => line.workPackage))];
  const years = [...new Set(lines.map((line) => line.year))].sort((a, b) => a - b);
  const amount = (workPackage: string, year: number) =>
    lines.find((line) => line.workPackage === workPackage && line.year === year)?.amount;
  const sum = (filter: (line: BudgetLine) => boolean) =>
    lines.filter(filter).reduce((total, line) => total + line.amount, 0);
  return (
    <table className="table budget-table">
      <caption>{t('office.detail.budgetCaption')}</caption>
      <TableHead
        headings={[
          t('office.detail.workPackage'),
          ...years.map((year) => ({ label: year, numeric: true })),
          { label: t('office.detail.total'), numeric: true },
        ]}
      />
      <tbody>
        {packages.map((workPackage) => (
          <tr key={workPackage}>
            <th scope="row">{workPackage}</th>
            {years.map((year) => {
              const value = amount(workPackage, year);
              return (
                <td className="num" key={year}>
                  {value === undefined ? '—' : formatYuan(value, language)}
                </td>
              );
            })}
            <td className="num strong">
              {formatYuan(
                sum((line) => line.workPackage === workPackage),
                language,
              )}
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('office.detail.total')}</th>
          {years.map((year) => (
            <td className="num strong" key={year}>
              {formatYuan(
                sum((line) => line.year === year),
                language,
              )}
            </td>
          ))}
          <td className="num strong">
            {formatYuan(
              sum(() => true),
              language,
            )}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
