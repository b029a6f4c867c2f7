import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { realApi } from '../../test/dom-api';
import { setApi } from '../api/api';
import { setLanguage } from '../i18n/i18n';
import { useAppStore } from '../store/app-store';
import { DemoCard } from './DemoCard';

describe('demo card on the welcome screen', () => {
  let backend: ReturnType<typeof realApi>;
  beforeEach(async () => {
    backend = realApi();
    setApi(backend.api);
    useAppStore.setState({ ready: true, workspace: null, screen: 'overview' });
    await setLanguage('zh-CN');
  });

  it('builds a small demo office and opens it', async () => {
    const user = userEvent.setup();
    render(<DemoCard />);
    const build = screen.getByRole('button', { name: '生成演示工作区' });
    expect(build).toBeDisabled();
    expect(build).toHaveAccessibleDescription('请先填写演示数据保存的文件夹。');
    await user.type(screen.getByLabelText('演示数据保存文件夹'), path.join(backend.dataDir, 'demo'));
    expect(build).not.toHaveAccessibleDescription();
    for (const [label, value] of [
      ['申请书数量', '6'],
      ['评审专家人数', '4'],
      ['每份申请书的专家人数', '2'],
    ] as const) {
      fireEvent.change(screen.getByLabelText(label), { target: { value } });
    }
    await user.click(build);
    await waitFor(
      () =>
        expect(useAppStore.getState().workspace?.path).toBe(
          path.join(backend.dataDir, 'demo', 'office.sqlite'),
        ),
      {
        timeout: 30_000,
      },
    );
    const calls = await backend.api.invoke('assignments.calls', {});
    expect(calls.ok && calls.value.reduce((sum, call) => sum + call.applications, 0)).toBe(6);
  }, 60_000);

  it('shows the refusal when the folder is not empty', async () => {
    const user = userEvent.setup();
    render(<DemoCard />);
    const busy = path.join(backend.dataDir, 'busy');
    mkdirSync(busy);
    writeFileSync(path.join(busy, 'notes.txt'), '');
    await user.type(screen.getByLabelText('演示数据保存文件夹'), busy);
    await user.click(screen.getByRole('button', { name: '生成演示工作区' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('不是空文件夹');
    expect(useAppStore.getState().workspace).toBeNull();
  });
});
