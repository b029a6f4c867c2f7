import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { realApi } from '../../../test/dom-api';
import { api, setApi } from '../../api/api';
import { setLanguage } from '../../i18n/i18n';
import { PassphraseDialog, PassphrasePrompt } from './PassphrasePrompt';
import { withPassphrasePrompt } from './passphrase-prompt';

/** The documented passphrase of every demo office (docs/security.md). */
const DEMO_PASSPHRASE = 'peerdesk demo office';
const en = { language: 'en' as const };

describe('the office passphrase prompt', () => {
  let backend: ReturnType<typeof realApi>;
  let office: string;

  beforeAll(async () => {
    await setLanguage('en');
    backend = realApi();
    const demo = await backend.api.invoke('demo.run', {
      outDir: path.join(backend.dataDir, 'demo'),
      applications: 6,
      reviewers: 4,
      perApplication: 2,
      simulate: false,
    });
    if (!demo.ok) throw new Error(demo.message);
    office = demo.value.workspace.path;
  }, 60_000);

  beforeEach(async () => {
    // Reopened, the demo office's keys are locked until its passphrase is given.
    backend.dispatcher.session.close();
    await backend.dispatcher.invoke('workspace.open', { path: office }, en);
    setApi(withPassphrasePrompt(backend.api));
  });

  let issues = 0;
  const issuePackages = async () => {
    const calls = await backend.api.invoke('assignments.calls', {});
    if (!calls.ok) throw new Error(calls.message);
    return api().invoke('packages.export', {
      callId: calls.value[0]!.id,
      outDir: path.join(backend.dataDir, `packages-${(issues += 1)}`),
      scope: 'all',
    });
  };

  it('asks for the passphrase when keys are locked, refuses a wrong one, then retries the call', async () => {
    const user = userEvent.setup();
    render(<PassphrasePrompt />);
    const issued = issuePackages();

    const field = await screen.findByLabelText('Office passphrase');
    expect(screen.getByRole('heading', { name: 'Unlock the office keys' })).toBeInTheDocument();
    expect(field).toHaveFocus();
    await user.type(field, 'not the passphrase{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('not the office passphrase');
    expect(screen.getByLabelText('Office passphrase')).toBeInTheDocument();

    await user.clear(field);
    await user.type(field, `${DEMO_PASSPHRASE}{Enter}`);
    expect(await issued).toMatchObject({ ok: true });
    await waitFor(() => expect(screen.queryByLabelText('Office passphrase')).toBeNull());
    expect(await api().invoke('keys.status', {})).toEqual({ ok: true, value: { state: 'unlocked' } });
  }, 60_000);

  it('answers the refusal when the prompt is cancelled', async () => {
    const user = userEvent.setup();
    render(<PassphrasePrompt />);
    const issued = issuePackages();
    await screen.findByLabelText('Office passphrase');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await issued).toMatchObject({ ok: false, code: 'keys.errors.locked' });
  }, 60_000);

  it('sets a new passphrase typed twice, refusing a mismatch and a short one', async () => {
    await backend.api.invoke('workspace.create', {
      name: 'New office',
      role: 'office',
      path: path.join(backend.dataDir, 'new-office.sqlite'),
    });
    const user = userEvent.setup();
    let finished: boolean | null = null;
    render(<PassphraseDialog mode="set" finish={(unlocked) => (finished = unlocked)} />);
    expect(screen.getByRole('heading', { name: 'Set the office passphrase' })).toBeInTheDocument();

    await user.type(screen.getByLabelText('Office passphrase'), 'mangrove restoration');
    await user.type(screen.getByLabelText('Repeat the passphrase'), 'mangrove restoratio{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('The two passphrases differ.');

    await user.clear(screen.getByLabelText('Office passphrase'));
    await user.type(screen.getByLabelText('Office passphrase'), 'short');
    await user.clear(screen.getByLabelText('Repeat the passphrase'));
    await user.type(screen.getByLabelText('Repeat the passphrase'), 'short{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('at least 12 characters');
    expect(finished).toBeNull();

    await user.clear(screen.getByLabelText('Office passphrase'));
    await user.type(screen.getByLabelText('Office passphrase'), 'mangrove restoration');
    await user.clear(screen.getByLabelText('Repeat the passphrase'));
    await user.type(screen.getByLabelText('Repeat the passphrase'), 'mangrove restoration{Enter}');
    await waitFor(() => expect(finished).toBe(true));
    expect(await backend.api.invoke('keys.status', {})).toEqual({ ok: true, value: { state: 'unlocked' } });
  }, 60_000);
});
