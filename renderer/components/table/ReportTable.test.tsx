import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type ReportColumn, ReportTable } from './ReportTable';

interface Award {
  reference: string;
  title: string;
  amount: number;
}

const awards: Award[] = [
  { reference: 'A-001', title: '水稻育种', amount: 120000 },
  { reference: 'A-002', title: 'Soil carbon', amount: 80000 },
];

const columns: ReportColumn<Award>[] = [
  { heading: 'Reference', cell: (award) => award.reference, className: 'mono' },
  { heading: 'Title', cell: (award) => award.title },
  { heading: { label: 'Amount', title: 'Yuan awarded' }, cell: (award) => award.amount, numeric: true },
];

describe('ReportTable', () => {
  it('draws a heading row and a row per entry, numeric columns right-aligned, with its footer', () => {
    render(
      <ReportTable
        columns={columns}
        rows={awards}
        rowKey={(award) => award.reference}
        label="Awards"
        rowClassName={(award) => (award.amount > 100000 ? 'large' : undefined)}
        footer={
          <tr>
            <th scope="row">Total</th>
          </tr>
        }
      />,
    );
    const table = screen.getByRole('table', { name: 'Awards' });
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((header) => header.textContent)).toEqual(['Reference', 'Title', 'Amount']);
    expect(headers[2]).toHaveClass('num');
    expect(headers[2]).toHaveAttribute('title', 'Yuan awarded');
    const [, first, second] = within(table).getAllByRole('row');
    expect(
      within(first!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['A-001', '水稻育种', '120000']);
    expect(first).toHaveClass('large');
    expect(second).not.toHaveClass('large');
    expect(within(second!).getByText('A-002')).toHaveClass('mono');
    expect(within(second!).getByText('80000')).toHaveClass('num');
    expect(within(table).getByRole('rowheader', { name: 'Total' })).toBeInTheDocument();
  });
});
