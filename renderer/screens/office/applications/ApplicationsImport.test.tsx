import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChannelName, RequestOf, ResponseOf } from '../../../../shared/contract';
import { realApi } from '../../../../test/dom-api';
import { setApi } from '../../../api/api';
import { setLanguage } from '../../../i18n/i18n';
import { ApplicationsScreen } from './ApplicationsScreen';

const header =
  'reference_no,title,abstract,keywords,discipline,pi_name,institution,email,team,duration_months,requested_total,budget_lines';

describe('importing applications with some bad rows', () => {
  let ok: <C extends ChannelName>(channel: C, request: RequestOf<C>) => Promise<ResponseOf<C>>;
  /** The files the screen handed to the browser to save. */
  const saved: Blob[] = [];

  beforeEach(async () => {
    const backend = realApi();
    setApi(backend.api);
    ok = async (channel, request) => {
      const result = await backend.dispatcher.invoke(channel, request, { language: 'en' });
      if (!result.ok) throw new Error(`${channel}: ${result.message}`);
      return result.value;
    };
    await ok('workspace.create', {
      name: 'Office',
      role: 'office',
      path: path.join(backend.dataDir, 'o.sqlite'),
    });
    await ok('calls.create', { template: 'nsfc', code: 'C', title: { zh: '面上', en: 'General' } });
    // jsdom has no object URLs; the screen's download goes through them.
    saved.length = 0;
    URL.createObjectURL = vi.fn((blob: Blob) => {
      saved.push(blob);
      return 'blob:saved';
    });
    URL.revokeObjectURL = vi.fn();
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
