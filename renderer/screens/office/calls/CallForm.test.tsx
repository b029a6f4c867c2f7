import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  issuePackages,
  renderOffice,
  type OfficeBackend,
  expectBlocked,
} from '../../../../test/support/office-screen';
import { CallsScreen } from './CallsScreen';

const lockedWhy = 'Packages were issued under this setting, so it can no longer change.';

/** Opens the settings of call C, made from the NSFC template (with its packages issued when asked). */
async function editCall({ issued }: { issued: boolean }) {
  const prepare = async (backend: OfficeBackend) => {
    const call = await backend.ok('calls.create', {
      template: 'nsfc',
      code: 'C',
      title: { zh: '面上', en: 'General' },
    });
    if (issued) await issuePackages(backend, call.id);
  };
  const { user } = await renderOffice(<CallsScreen />, { prepare });
  const row = (await screen.findByText('C')).closest('tr');
  if (!row) throw new Error('the call has a row');
  await user.click(within(row).getByRole('button', { name: 'Edit' }));
  return screen.getByRole('combobox', { name: /^Category/ });
}

describe('call settings held by issued packages', () => {
  it('locks the category and review mode, each saying why, and leaves the other settings open', async () => {
    const category = await editCall({ issued: true });
    expectBlocked(category, lockedWhy);
    for (const mode of screen.getAllByRole('radio')) {
      expectBlocked(mode, lockedWhy);
    }
    expect(screen.getByRole('textbox', { name: /^Code/ })).toBeEnabled();
  });

  it('leaves them open on a call with no packages', async () => {
    const category = await editCall({ issued: false });
    expect(category).toBeEnabled();
    expect(category).not.toHaveAccessibleDescription();
  });
});
