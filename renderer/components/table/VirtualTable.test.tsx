import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { setLanguage } from '../../i18n/i18n';
import { useT } from '../../i18n/use-t';
import { type TableColumn, VirtualTable } from './VirtualTable';

interface Person {
  id: string;
  name: string;
  note: string;
}

const people: Person[] = [
  { id: '1', name: '张伟', note: 'short' },
  { id: '2', name: '赵敏', note: 'a very long note that the cell cuts with an ellipsis' },
  { id: '3', name: '李娜', note: '' },
  { id: '4', name: '王芳', note: '' },
];

const columns: TableColumn<Person>[] = [
  { id: 'name', header: 'Name', accessorFn: (person) => person.name },
  { id: 'note', header: 'Note', accessorFn: (person) => person.note, meta: { clip: true } },
];

const names = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .filter((row) => row.getAttribute('aria-rowindex') !== null)
    .map((row) => within(row).getAllByRole('cell')[0]?.textContent);

describe('VirtualTable', () => {
  it('sorts Chinese names in pinyin order, both ways', async () => {
    const user = userEvent.setup();
    render(<VirtualTable rows={people} columns={columns} label="People" rowKey={(person) => person.id} />);
    expect(names()).toEqual(['张伟', '赵敏', '李娜', '王芳']);
    await user.click(screen.getByRole('button', { name: 'Name' }));
    // Code-point order would be 张 李 王 赵; pinyin is li, wang, zhang, zhao.
    expect(names()).toEqual(['李娜', '王芳', '张伟', '赵敏']);
    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending');
    await user.click(screen.getByRole('button', { name: /Name/ }));
    expect(names()).toEqual(['赵敏', '张伟', '王芳', '李娜']);
  });

  it('right-aligns a numeric column, its header and its cells', () => {
    const scored: TableColumn<Person>[] = [
      ...columns,
      { id: 'length', header: 'Length', accessorFn: (person) => person.note.length, meta: { numeric: true } },
    ];
    render(<VirtualTable rows={people} columns={scored} label="People" rowKey={(person) => person.id} />);
    expect(screen.getByRole('columnheader', { name: /Length/ })).toHaveClass('num');
    expect(screen.getByRole('cell', { name: '5' })).toHaveClass('num');
    expect(screen.getByRole('columnheader', { name: /Name/ })).not.toHaveClass('num');
  });

  it('cuts long text with its whole value in a tooltip and names the scrolling region', () => {
    render(<VirtualTable rows={people} columns={columns} label="People" rowKey={(person) => person.id} />);
    const long = screen.getByText(/a very long note/);
    expect(long).toHaveClass('vt-clip');
    expect(long).toHaveAttribute('title', 'a very long note that the cell cuts with an ellipsis');
    expect(screen.getByRole('region', { name: 'People' })).toBeInTheDocument();
  });

  it('reads translated cell values again after a change of language', async () => {
    await act(() => setLanguage('en'));
    function Statuses() {
      const { t } = useT();
      const statusColumns: TableColumn<Person>[] = [
        { id: 'name', header: 'Name', accessorFn: (person) => person.name },
        {
          id: 'status',
          header: 'Status',
          accessorFn: (person) =>
            t(`office.applications.statuses.${person.note === '' ? 'withdrawn' : 'active'}`),
        },
      ];
      return (
        <VirtualTable rows={people} columns={statusColumns} label="People" rowKey={(person) => person.id} />
      );
    }
    render(<Statuses />);
    expect(screen.getAllByRole('cell', { name: 'Withdrawn' })).toHaveLength(2);
    await act(() => setLanguage('zh-CN'));
    expect(screen.getAllByRole('cell', { name: '已撤回' })).toHaveLength(2);
    expect(screen.queryByRole('cell', { name: 'Withdrawn' })).toBeNull();
    await act(() => setLanguage('en'));
  });
});
