import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { realApi } from '../../../test/dom-api';
import { DEMO_CALL_ID, panelOffice } from '../../../test/support/panel/panel-office';
import { setApi } from '../../api/api';
import { App } from '../../app/App';
import { withPassphrasePrompt } from '../../components/keys/passphrase-prompt';
import { setLanguage } from '../../i18n/i18n';
import { useAppStore } from '../../store/app-store';

const en = { language: 'en' as const };
const MEMBER_PASSPHRASE = 'panel member own passphrase';

describe('a panel member without a workspace opens a panel package on the welcome screen', () => {
  beforeEach(async () => {
    useAppStore.setState({ ready: false, workspace: null, screen: 'overview' });
    await setLanguage('en');
  });

  it('refuses a wrong passphrase changing nothing, then creates the workspace with a sealed key and shows the vote', async () => {
    const user = userEvent.setup();
    const { office, dir } = await panelOffice();
    const issued = await office.ok('panel.packages.issue', {
      callId: DEMO_CALL_ID,
      outDir: path.join(dir, 'panel'),
    });
    const pkg = issued.packages.find((p) => p.reviewerId === 'member-1');
    if (!pkg) throw new Error('no package for member-1');
    // A door without an OS key store (as the browser shell): the new key needs a passphrase.
    const backend = realApi({ requireKeyProtection: true });
    setApi(withPassphrasePrompt(backend.api));
    render(<App />);

    const card = await screen.findByRole('region', { name: 'Open an assignment package' });
    expect(within(card).getByText(/panel package \(\.pdpanel\)/)).toBeInTheDocument();
    const bytes = readFileSync(pkg.path);
    await user.upload(within(card).getByLabelText('Package file'), new File([bytes], pkg.fileName));
    await user.type(within(card).getByLabelText('Passphrase'), 'not the package passphrase');
    await user.click(within(card).getByRole('button', { name: 'Open package' }));
    expect(await within(card).findByText('Nothing was changed.')).toBeInTheDocument();
    expect(useAppStore.getState().workspace).toBeNull();
    expect(await backend.dispatcher.invoke('workspace.recent', {}, en)).toEqual({ ok: true, value: [] });

    await user.clear(within(card).getByLabelText('Passphrase'));
    await user.type(within(card).getByLabelText('Passphrase'), pkg.passphrase);
    await user.click(within(card).getByRole('button', { name: 'Open package' }));
    // The member's new identity key is sealed under a passphrase of their own, chosen now.
    const dialog = await screen.findByRole('dialog', { name: 'Choose your reviewer passphrase' });
    await user.type(within(dialog).getByLabelText('Reviewer passphrase'), MEMBER_PASSPHRASE);
    await user.type(within(dialog).getByLabelText('Repeat the passphrase'), `${MEMBER_PASSPHRASE}{Enter}`);

    expect(await screen.findByRole('heading', { name: 'Panel vote' })).toBeInTheDocument();
    const table = await screen.findByRole('table');
    expect(within(table).getAllByText('Not voted')).toHaveLength(4);
    expect(useAppStore.getState()).toMatchObject({
      screen: 'reviewer-panel',
      workspace: { role: 'reviewer' },
    });
    const listed = await backend.dispatcher.invoke('reviewer.panel.list', {}, en);
    expect(listed).toMatchObject({ ok: true, value: { calls: [{ callId: DEMO_CALL_ID }] } });
  }, 90_000);
});
