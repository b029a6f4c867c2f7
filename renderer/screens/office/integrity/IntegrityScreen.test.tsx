import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderOffice, expectBlocked } from '../../../../test/support/office-screen';
import { IntegrityScreen } from './IntegrityScreen';

describe('integrity screen: a disabled action says why', () => {
  it('cannot match again without a call, nor add an entry without a name', async () => {
    const { user } = await renderOffice(<IntegrityScreen />);
    const rematch = await screen.findByRole('button', { name: 'Match again' });
    expectBlocked(rematch, 'Choose a call to match its applications against the list.');

    await user.click(screen.getByRole('button', { name: 'Add entry' }));
    const save = screen.getByRole('button', { name: 'Save' });
    expectBlocked(save, 'Enter the name of the person or institution.');
    await user.type(screen.getByRole('textbox', { name: /^Person’s name/ }), '陈静');
    expect(save).toBeEnabled();
    expect(save).not.toHaveAccessibleDescription();
  });
});
