import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { issuePackages, officeScreenBackend } from '../../../../test/support/office-screen';
import { setLanguage } from '../../../i18n/i18n';
import { CallsScreen } from './CallsScreen';

const lockedWhy = 'Packages were issued under this setting, so it can no longer change.';

describe('call settings held by issued packages', () => {
  it('locks the category and review mode, each saying why, and leaves the other settings open', async () => {
    const backend = await officeScreenBackend();
    const call = await backend.ok('calls.create', {
      template: 'nsfc',
      code: 'C',
      title: { zh: '面上', en: 'General' },
    });
    await issuePackages(backend, call.id);
    await setLanguage('en');
    const user = userEvent.setup();
    render(<CallsScreen />);
    const row = (await screen.findByText('C')).closest('tr');
    if (!row) throw new Error('the call has a row');
    await user.click(within(row).getByRole('button', { name: 'Edit' }));

    const category = screen.getByRole('combobox', { name: /^Category/ });
    expect(category).toBeDisabled();
    expect(category).toHaveAccessibleDescription(lockedWhy);
    for (const mode of screen.getAllByRole('radio')) {
      expect(mode).toBeDisabled();
      expect(mode).toHaveAccessibleDescription(lockedWhy);
    }
    expect(screen.getByRole('textbox', { name: /^Code/ })).toBeEnabled();
  });

  it('leaves them open on a call with no packages', async () => {
    const backend = await officeScreenBackend();
    await backend.ok('calls.create', { template: 'nsfc', code: 'C', title: { zh: '面上', en: 'General' } });
    await setLanguage('en');
    const user = userEvent.setup();
    render(<CallsScreen />);
    const row = (await screen.findByText('C')).closest('tr');
    if (!row) throw new Error('the call has a row');
    await user.click(within(row).getByRole('button', { name: 'Edit' }));
    const category = screen.getByRole('combobox', { name: /^Category/ });
    expect(category).toBeEnabled();
    expect(category).not.toHaveAccessibleDescription();
  });
});
