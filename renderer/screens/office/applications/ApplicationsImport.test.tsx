import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  applicationsHeader as header,
  captureDownloads,
  officeScreenBackend,
  type Ok,
} from '../../../../test/support/office-screen';
import { setLanguage } from '../../../i18n/i18n';
import { ApplicationsScreen } from './ApplicationsScreen';

describe('importing applications with some bad rows', () => {
  let ok: Ok;
  /** The files the screen handed to the browser to save. */
  let saved: Blob[] = [];

  beforeEach(async () => {
    ({ ok } = await officeScreenBackend());
    await ok('calls.create', { template: 'nsfc', code: 'C', title: { zh: '面上', en: 'General' } });
    saved = captureDownloads();
    await setLanguage('en');
  });
  afterEach(() => vi.restoreAllMocks());

  it('imports the valid rows only after confirmation and saves the rejected ones to fix', async () => {
    const user = userEvent.setup();
    render(<ApplicationsScreen />);
    await user.click(await screen.findByRole('button', { name: 'Import applications' }));
    const csv = [
      header,
      'C-1,红树林修复,,,,王芳,广西大学,,,,500000,',
      'C-2,喀斯特碳汇,,,,,桂林理工大学,,,,500000,',
      'C-3,海洋牧场,,,,赵磊,广西大学,,,,500000,',
    ].join('\n');
    await user.upload(
      screen.getByLabelText('Spreadsheet (CSV or .xlsx)'),
      new File([csv], 'apps.csv', { type: 'text/csv' }),
    );
    const idle = screen.getByRole('button', { name: 'Import' });
    expect(idle).toBeDisabled();
    expect(idle).toHaveAttribute('title', 'Check the file first.');

    await user.click(screen.getByRole('button', { name: 'Check file' }));
    await user.click(await screen.findByRole('button', { name: 'Import the 2 valid rows…' }));
    expect((await ok('applications.list', { callId: 'C' })).total).toBe(0);
    const confirm = screen.getByRole('alertdialog');
    expect(confirm).toHaveTextContent('Import 2 valid rows and leave out 1 with errors?');
    await user.click(within(confirm).getByRole('button', { name: 'Yes, import the valid rows' }));

    expect(await screen.findByText(/2 imported, 1 rejected\./u)).toHaveTextContent(
      'The rejected rows were saved as “apps-rejected-rows.csv” in your downloads folder',
    );
    await waitFor(async () => expect((await ok('applications.list', { callId: 'C' })).total).toBe(2));
    expect(saved).toHaveLength(1);
    const text = await saved[0]!.text();
    const lines = text
      .replace(/^\uFEFF/u, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(`Row in the original file,Columns at fault,What to fix,${header}`);
    expect(lines.slice(1)).toEqual([
      '3,pi_name,pi_name: Required.,C-2,喀斯特碳汇,,,,,桂林理工大学,,,,500000,',
    ]);
  });
});
