import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { realApi } from '../../../test/dom-api';
import { pinSigningKey } from '../../../test/pin-signing-key';
import { setApi } from '../../api/api';
import { setLanguage } from '../../i18n/i18n';
import { ReviewersScreen } from './reviewers/ReviewersScreen';

let backend: ReturnType<typeof realApi>;

beforeAll(async () => {
  backend = realApi();
  setApi(backend.api);
  await setLanguage('zh-CN');
  const created = await backend.api.invoke('workspace.create', {
    name: '科技厅',
    role: 'office',
    path: path.join(backend.dataDir, 'office.sqlite'),
  });
  if (!created.ok) throw new Error(created.message);
  for (const [name, email] of [
    ['李娜', 'lina@zju.edu.cn'],
    ['王芳', 'wangfang@gxu.edu.cn'],
  ] as const) {
    const reviewer = await backend.api.invoke('reviewers.create', {
      name,
      email,
      institution: '',
      expertise: [],
      languages: ['zh'],
      collaborators: [],
      maxLoad: 5,
    });
    if (!reviewer.ok) throw new Error(reviewer.message);
    // 李娜's first bundle was merged: her key is pinned.
    if (name === '李娜') pinSigningKey(backend.dispatcher, reviewer.value.id, 'key-laptop-1');
  }
});

describe('reviewers’ signing keys', () => {
  it('shows each key status in words and re-enrols with a reason after confirmation', async () => {
    const user = userEvent.setup();
    const prompt = vi.spyOn(window, 'prompt');
    render(<ReviewersScreen />);
    const lina = (await screen.findByText('李娜')).closest('tr')!;
    const wang = screen.getByText('王芳').closest('tr')!;
    expect(within(lina).getByText(/^已登记（密钥指纹 [0-9a-f]{8}…）$/)).toBeInTheDocument();
    expect(within(wang).getByText('未登记')).toBeInTheDocument();
    expect(within(wang).queryByRole('button', { name: '重新登记' })).toBeNull();

    prompt.mockReturnValueOnce(null);
    await user.click(within(lina).getByRole('button', { name: '重新登记' }));
    expect(within(lina).getByText(/^已登记/)).toBeInTheDocument();

    prompt.mockReturnValueOnce('专家更换了电脑');
    await user.click(within(lina).getByRole('button', { name: '重新登记' }));
    expect(await within(lina).findByText('待重新登记')).toBeInTheDocument();
    expect(prompt).toHaveBeenLastCalledWith(expect.stringContaining('李娜'), '');
    const audit = await backend.api.invoke('audit.list', { limit: 10 });
    expect(audit.ok && audit.value.filter((e) => e.action === 'reviewers.reenrol')).toEqual([
      expect.objectContaining({ details: expect.objectContaining({ reason: '专家更换了电脑' }) }),
    ]);
  });
});
