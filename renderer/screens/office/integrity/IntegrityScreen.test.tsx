import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderOffice } from '../../../../test/support/office-screen';
import { IntegrityScreen } from './IntegrityScreen';

describe('integrity screen: a disabled action says why', () => {
  it('cannot match again without a call, nor add an entry without a name', async () => {
    const { user } = await renderOffice(<IntegrityScreen />);
    const rematch = await screen.findByRole('button', { name: 'Match again' });
    expect(rematch).toBeDisabled();
    expect(rematch).toHaveAccessibleDescription('Choose a call to match its applications against the list.');

    await user.click(screen.getByRole('button', { name: 'Add entry' }));
    const save = screen.getByRole('button', { name: 'Save' });
    expect(save).toBeDisabled();
    expect(save).toHaveAccessibleDescription('Enter the name of the person or institution.');
    await user.type(screen.getByRole('textbox', { name: /^Person’s name/ }), '陈静');
    expect(save).toBeEnabled();
    expect(save).not.toHaveAccessibleDescription();
  });
});
