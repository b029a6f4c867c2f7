import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ReportTable, type ReportColumn } from './ReportTable';

type Reviewer = { id: string; name: string; overdue: number; note: string };

const reviewers: Reviewer[] = [
  { id: 'r1', name: 'Li Wei', overdue: 2, note: 'a long note cut short on screen' },
  { id: 'r2', name: 'Zhang Min', overdue: 0, note: '' },
];

const columns: ReportColumn<Reviewer>[] = [
  { heading: 'Reviewer', cell: (row) => row.name },
  {
    heading: 'Overdue',
    numeric: true,
    cell: (row) => row.overdue,
    className: (row) => (row.overdue > 0 ? 'attention' : undefined),
  },
  {
    heading: { label: 'Note', title: 'What the office wrote' },
    cell: (row) => row.note,
    title: (row) => row.note,
  },
];

describe('ReportTable', () => {
  it('draws a column header per column and a row per item, figures right-aligned', () => {
    render(<ReportTable columns={columns} rows={reviewers} rowKey={(row) => row.id} className="chase" />);
    const table = screen.getByRole('table');
    expect(table).toHaveClass('table', 'chase');
    const headers = screen.getAllByRole('columnheader');
    expect(headers.map((header) => header.textContent)).toEqual(['Reviewer', 'Overdue', 'Note']);
    expect(headers[1]).toHaveClass('num');
    expect(headers[2]).toHaveAttribute('title', 'What the office wrote');
    const [, first, second] = screen.getAllByRole('row');
    const firstCells = within(first as HTMLElement).getAllByRole('cell');
    expect(firstCells.map((cell) => cell.textContent)).toEqual([
      'Li Wei',
      '2',
      'a long note cut short on screen',
    ]);
    expect(firstCells[1]).toHaveClass('num', 'attention');
    expect(firstCells[2]).toHaveAttribute('title', 'a long note cut short on screen');
    const secondCells = within(second as HTMLElement).getAllByRole('cell');
    expect(secondCells[1]).toHaveClass('num');
    expect(secondCells[1]).not.toHaveClass('attention');
    expect(secondCells[0]).not.toHaveAttribute('class');
  });

  it('shows the empty content instead of the table when there are no rows', () => {
    render(
      <ReportTable columns={columns} rows={[]} rowKey={(row) => row.id} empty={<p>Nobody is late.</p>} />,
    );
    expect(screen.getByText('Nobody is late.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('keeps the header of an empty table when no empty content is given', () => {
    render(<ReportTable columns={columns} rows={[]} rowKey={(row) => row.id} />);
    expect(screen.getAllByRole('columnheader')).toHaveLength(3);
    expect(screen.getAllByRole('row')).toHaveLength(1);
  });

  it('draws a detail row across all columns under the rows that have one, and styles rows from their item', () => {
    render(
      <ReportTable
        columns={columns}
        rows={reviewers}
        rowKey={(row) => row.id}
        rowClassName={(row) => `state-${row.id}`}
        detail={(row) => (row.overdue > 0 ? <p>Details of {row.name}</p> : null)}
      />,
    );
    const rows = screen.getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toHaveClass('state-r1');
    expect(rows[2]).toHaveClass('detail-row');
    const detailCell = within(rows[2] as HTMLElement).getByRole('cell');
    expect(detailCell).toHaveAttribute('colspan', '3');
    expect(detailCell).toHaveTextContent('Details of Li Wei');
    expect(rows[3]).toHaveClass('state-r2');
  });

  it('is named by its label and ends with its footer rows', () => {
    render(
      <ReportTable
        columns={columns}
        rows={reviewers}
        rowKey={(row) => row.id}
        label="Reviewers to chase"
        footer={
          <tr>
            <th scope="row">Total</th>
            <td className="num">2</td>
          </tr>
        }
      />,
    );
    const table = screen.getByRole('table', { name: 'Reviewers to chase' });
    expect(table).toHaveClass('table');
    expect(within(table).getByRole('rowheader', { name: 'Total' }).closest('tfoot')).not.toBeNull();
  });
});
