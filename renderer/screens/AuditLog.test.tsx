import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { realApi } from '../../test/dom-api';
import { setApi } from '../api/api';
import { setLanguage } from '../i18n/i18n';
import { AuditLog } from './AuditLog';

describe('audit log screen', () => {
  let backend: ReturnType<typeof realApi>;
  beforeEach(async () => {
    backend = realApi();
    setApi(backend.api);
    const en = { language: 'en' } as const;
    await backend.dispatcher.invoke(
      'workspace.create',
      { name: '广西科技厅', role: 'office', path: path.join(backend.dataDir, 'office.sqlite') },
      en,
    );
    await backend.dispatcher.invoke(
      'calls.create',
      { template: 'nsfc', code: 'GX-N', title: { zh: '面上', en: 'General' } },
      en,
    );
  });

  it('names actions and subjects in words, searches and filters by area', async () => {
    await setLanguage('zh-CN');
    const user = userEvent.setup();
    render(<AuditLog />);
    const table = await screen.findByRole('region', { name: '审计日志' });
    expect(await within(table).findByText('创建项目指南')).toBeInTheDocument();
    expect(within(table).getByText('创建工作区')).toBeInTheDocument();
    // The workspace's id is shown as its name, not as a UUID.
    expect(within(table).getByText('广西科技厅')).toBeInTheDocument();
    expect(within(table).queryByText(/^[0-9a-f-]{36}$/)).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('共 2 条');

    await user.selectOptions(screen.getByLabelText('类别'), '项目指南');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('共 1 条'));
    expect(within(table).queryByText('创建工作区')).toBeNull();

    await user.selectOptions(screen.getByLabelText('类别'), '全部类别');
    await user.type(screen.getByLabelText('搜索日志'), '没有这个');
    expect(await screen.findByText('没有符合搜索或筛选条件的记录。')).toBeInTheDocument();
  });

  it('says the actions again in the new language when the language changes', async () => {
    await setLanguage('en');
    render(<AuditLog />);
    const table = await screen.findByRole('region', { name: 'Audit log' });
    expect(await within(table).findByText('Workspace created')).toBeInTheDocument();
    await act(() => setLanguage('zh-CN'));
    expect(await within(table).findByText('创建工作区')).toBeInTheDocument();
    expect(within(table).queryByText('Workspace created')).toBeNull();
  });
});
