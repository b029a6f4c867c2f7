import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { routeIds } from '../app/route-ids';
import { routes } from '../app/routes';
import { setLanguage } from '../i18n/i18n';

import { ErrorBoundary } from './ErrorBoundary';
import { FilePicker } from './FilePicker';
import { CheckField, LabelledSelect, SearchField, TextField } from './FormField';
import { ReasonedButton } from './ReasonedButton';
import { TableHead } from './TableHead';

beforeEach(async () => {
  await setLanguage('en');
});

function Bounded() {
  const [value, setValue] = useState('x'.repeat(66));
  return <TextField label="Summary" value={value} onChange={setValue} maxLength={20000} hint="Plain text" />;
}

describe('FormField', () => {
  it('counts the characters against the maximum as the user types', async () => {
    const user = userEvent.setup();
    render(<Bounded />);
    expect(screen.getByText('66 / 20000')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Summary/ }), 'abc');
    expect(screen.getByText('69 / 20000')).toBeInTheDocument();
    expect(screen.getByText('Plain text')).toBeInTheDocument();
  });
});

let explode = true;
function Fragile() {
  if (explode) throw new Error('broken screen');
  return <p>screen works</p>;
}

describe('ErrorBoundary', () => {
  it('shows a translated message and the log location instead of a blank page, and can retry', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    explode = true;
    const user = userEvent.setup();
    render(
      <ErrorBoundary logPath="/data/peerdesk/logs/main.log">
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('This screen stopped working.');
    expect(
      screen.getByText('Details are written to the log: /data/peerdesk/logs/main.log'),
    ).toBeInTheDocument();
    await setLanguage('zh-CN');
    expect(await screen.findByText('此页面出现故障，无法显示。')).toBeInTheDocument();
    explode = false;
    await user.click(screen.getByRole('button', { name: '重试' }));
    expect(screen.getByText('screen works')).toBeInTheDocument();
    quiet.mockRestore();
  });
});

describe('routes', () => {
  it('lists every route id exactly once', () => {
    expect(routes.map((route) => route.id).sort()).toEqual([...routeIds].sort());
  });
});

describe('TableHead', () => {
  it('names every column for screen readers and right-aligns the figures', () => {
    render(
      <table>
        <TableHead headings={['Reviewer', { label: 'Assigned', numeric: true }]} />
      </table>,
    );
    expect(screen.getByRole('columnheader', { name: 'Reviewer' })).not.toHaveClass('num');
    expect(screen.getByRole('columnheader', { name: 'Assigned' })).toHaveClass('num');
  });

  it('carries a column explanation as the heading title', () => {
    render(
      <table>
        <TableHead headings={[{ label: 'Leniency', numeric: true, title: 'Shift from the mean score' }]} />
      </table>,
    );
    expect(screen.getByRole('columnheader', { name: 'Leniency' })).toHaveAttribute(
      'title',
      'Shift from the mean score',
    );
  });
});

describe('CheckField', () => {
  it('hands on the new state when its label is clicked', async () => {
    const user = userEvent.setup();
    const changes: boolean[] = [];
    render(
      <CheckField label="Show archived" checked={false} onChange={(checked) => changes.push(checked)} />,
    );
    await user.click(screen.getByText('Show archived'));
    expect(changes).toEqual([true]);
  });
});

describe('ReasonedButton', () => {
  it('is disabled with its reason on hover while blocked, and runs once the reason is gone', async () => {
    const user = userEvent.setup();
    const clicks: string[] = [];
    const { rerender } = render(
      <ReasonedButton blocked="Choose a member first" busy={false} onClick={() => clicks.push('save')}>
        Save
      </ReasonedButton>,
    );
    const button = screen.getByRole('button', { name: 'Save' });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('title', 'Choose a member first');
    expect(button).toHaveAccessibleDescription('Choose a member first');
    expect(screen.getByText('Choose a member first')).toBeVisible();
    rerender(
      <ReasonedButton blocked={null} busy onClick={() => clicks.push('save')}>
        Save
      </ReasonedButton>,
    );
    expect(button).toBeDisabled();
    rerender(
      <ReasonedButton blocked={null} busy={false} onClick={() => clicks.push('save')}>
        Save
      </ReasonedButton>,
    );
    expect(button).not.toHaveAttribute('title');
    await user.click(button);
    expect(clicks).toEqual(['save']);
  });
});

describe('SearchField', () => {
  it('names the box for screen readers even when its label is hidden, and hands on what is typed', async () => {
    const user = userEvent.setup();
    function Harness() {
      const [value, setValue] = useState('');
      return <SearchField label="Search reviewers" hideLabel value={value} onChange={setValue} />;
    }
    render(<Harness />);
    const box = screen.getByRole('searchbox', { name: 'Search reviewers' });
    await user.type(box, 'Li');
    expect(box).toHaveValue('Li');
  });
});

describe('LabelledSelect', () => {
  it('offers its choices under its label and hands back the picked value', async () => {
    const user = userEvent.setup();
    const picked = vi.fn();
    render(
      <LabelledSelect
        label="Language"
        value="zh-CN"
        choices={[
          { value: 'zh-CN', label: '中文' },
          { value: 'en', label: 'English' },
        ]}
        onChange={picked}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Language' });
    expect(select).toHaveValue('zh-CN');
    await user.selectOptions(select, 'English');
    expect(picked).toHaveBeenCalledWith('en');
  });
});

describe('FilePicker', () => {
  function Picker({ multiple = false }: { multiple?: boolean }) {
    const [chosen, setChosen] = useState<string | null>(null);
    return (
      <FilePicker
        label="Spreadsheet"
        multiple={multiple}
        chosen={chosen}
        onChoose={(files) => setChosen([...(files ?? [])].map((file) => file.name).join(', '))}
      />
    );
  }

  it('words its button and its empty state in the app’s language, and names the input by its label', async () => {
    await setLanguage('zh-CN');
    const user = userEvent.setup();
    render(<Picker />);
    expect(screen.getByText('选择文件…')).toBeVisible();
    expect(screen.getByText('未选择文件')).toBeVisible();
    const input = screen.getByLabelText('Spreadsheet');
    expect(input).toHaveAttribute('type', 'file');
    await user.upload(input, new File(['ref,title'], '申请书.csv', { type: 'text/csv' }));
    expect(screen.getByText('申请书.csv')).toBeVisible();
    expect(screen.queryByText('未选择文件')).toBeNull();
  });

  it('says “Choose files…” in English when it takes several', async () => {
    await setLanguage('en');
    render(<Picker multiple />);
    expect(screen.getByText('Choose files…')).toBeVisible();
    expect(screen.getByLabelText('Spreadsheet')).toHaveAttribute('multiple');
  });
});
