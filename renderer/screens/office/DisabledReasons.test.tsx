import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { realApi } from '../../../test/dom-api';
import { setApi } from '../../api/api';
import { setLanguage } from '../../i18n/i18n';
import { Packages } from './Packages';
import { ReviewersScreen } from './reviewers/ReviewersScreen';

let backend: ReturnType<typeof realApi>;

/** A small demo office: every reviewer has assignments, so none may be removed. */
beforeAll(async () => {
  backend = realApi();
  setApi(backend.api);
  const demo = await backend.api.invoke('demo.run', {
    outDir: path.join(backend.dataDir, 'demo'),
    applications: 6,
    reviewers: 4,
    perApplication: 2,
    seed: 'disabled-reasons',
  });
  if (!demo.ok) throw new Error(demo.message);
}, 60_000);

describe('a disabled action says why', () => {
  it('packages: “Issue packages” names the missing folder, and is enabled once it is given', async () => {
    await setLanguage('en');
    const user = userEvent.setup();
    render(<Packages />);
    const issue = await screen.findByRole('button', { name: 'Issue packages' });
    expect(issue).toBeDisabled();
    expect(issue).toHaveAccessibleDescription('Enter the folder to write the packages to.');
    expect(screen.getByText('Enter the folder to write the packages to.')).toBeVisible();
    await user.type(screen.getByLabelText('Save packages to folder'), path.join(backend.dataDir, 'out'));
    expect(issue).toBeEnabled();
    expect(issue).not.toHaveAccessibleDescription();
  });

  it('reviewers: “Remove” of a reviewer with assignments says how many, in Chinese', async () => {
    await setLanguage('zh-CN');
    render(<ReviewersScreen />);
    const rows = await screen.findAllByRole('row');
    const withAssignments = rows.find((row) => within(row).queryByRole('button', { name: '删除' }));
    if (!withAssignments) throw new Error('no reviewer row with a remove button');
    const remove = within(withAssignments).getByRole('button', { name: '删除' });
    expect(remove).toBeDisabled();
    expect(remove.title).toMatch(/^无法删除：该专家已分配 \d+ 份申请书，请先取消分配。$/);
    expect(remove).toHaveAccessibleDescription(remove.title);
  });
});
