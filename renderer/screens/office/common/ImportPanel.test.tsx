import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderOffice, expectBlocked } from '../../../../test/support/office-screen';
import { ReviewersScreen } from '../reviewers/ReviewersScreen';

describe('import panel: a disabled action says why', () => {
  it('asks for a file before checking or importing, in Chinese', async () => {
    const { user } = await renderOffice(<ReviewersScreen />, { language: 'zh-CN' });
    await user.click(await screen.findByRole('button', { name: '导入评审专家' }));
    for (const name of ['检查文件', '导入']) {
      const button = screen.getByRole('button', { name });
      expectBlocked(button, '请先选择文件。');
    }
  });

  it('asks to check a chosen file before importing it', async () => {
    const { user } = await renderOffice(<ReviewersScreen />);
    await user.click(await screen.findByRole('button', { name: 'Import reviewers' }));
    const file = new File(['name,email\n'], 'r.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('Spreadsheet (CSV or .xlsx)'), file);
    expect(screen.getByRole('button', { name: 'Check file' })).toBeEnabled();
    const commit = screen.getByRole('button', { name: 'Import' });
    expectBlocked(commit, 'Check the file first.');
  });
});
