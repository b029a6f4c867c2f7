import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { officeScreenBackend } from '../../../../test/support/office-screen';
import { setLanguage } from '../../../i18n/i18n';
import { ReviewersScreen } from '../reviewers/ReviewersScreen';

describe('import panel: a disabled action says why', () => {
  it('asks for a file before checking or importing, in Chinese', async () => {
    await officeScreenBackend();
    await setLanguage('zh-CN');
    const user = userEvent.setup();
    render(<ReviewersScreen />);
    await user.click(await screen.findByRole('button', { name: '导入评审专家' }));
    const check = screen.getByRole('button', { name: '检查文件' });
    expect(check).toBeDisabled();
    expect(check).toHaveAccessibleDescription('请先选择文件。');
    const commit = screen.getByRole('button', { name: '导入' });
    expect(commit).toBeDisabled();
    expect(commit).toHaveAccessibleDescription('请先选择文件。');
  });

  it('asks to check a chosen file before importing it', async () => {
    await officeScreenBackend();
    await setLanguage('en');
    const user = userEvent.setup();
    render(<ReviewersScreen />);
    await user.click(await screen.findByRole('button', { name: 'Import reviewers' }));
    await user.upload(
      screen.getByLabelText('Spreadsheet (CSV or .xlsx)'),
      new File(['name,email\n'], 'r.csv', { type: 'text/csv' }),
    );
    expect(screen.getByRole('button', { name: 'Check file' })).toBeEnabled();
    const commit = screen.getByRole('button', { name: 'Import' });
    expect(commit).toBeDisabled();
    expect(commit).toHaveAccessibleDescription('Check the file first.');
  });
});
