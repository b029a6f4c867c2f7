import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildFixturePackage } from '../../../test/reviewer-package';
import { realApi } from '../../../test/dom-api';
import { tempDir } from '../../../test/temp';
import type { ApplicationDetail } from '../../../shared/contract/reviewer';
import { setApi } from '../../api/api';
import { App } from '../../app/App';
import { setLanguage } from '../../i18n/i18n';
import { useAppStore } from '../../store/app-store';
import { useReviewerStore } from './reviewer-store';

describe('reviewer screens', () => {
  let backend: ReturnType<typeof realApi>;
  beforeEach(async () => {
    backend = realApi();
    setApi(backend.api);
    useAppStore.setState({ ready: false, workspace: null, screen: 'overview' });
    useReviewerStore.setState({ applicationId: null, pendingSave: null });
    await setLanguage('en');
  });

  it('opens a package from the welcome screen: a wrong passphrase first, then the right one', async () => {
    const user = userEvent.setup();
    const pkg = await buildFixturePackage({ category: 'lump-sum' });
    render(<App />);
    const file = new File([pkg.bytes.slice()], 'GX-JQ-2026.pdpkg', { type: 'application/octet-stream' });
    await user.upload(await screen.findByLabelText('Package file'), file);
    expect(screen.getByText(/Selected: GX-JQ-2026.pdpkg/)).toBeInTheDocument();
    const open = screen.getByRole('button', { name: 'Open package' });
    await user.type(screen.getByLabelText('Passphrase'), 'WRONG-WRONG-WRONG-WRONG-WRONG-WRONG');
    await user.click(open);
    expect(await screen.findByRole('alert')).toHaveTextContent('The passphrase is not correct');
    expect(screen.getByText('Nothing was changed.')).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Passphrase'));
    await user.type(screen.getByLabelText('Passphrase'), pkg.passphrase);
    await user.click(open);
    expect(await screen.findByRole('heading', { name: 'Inbox' })).toBeInTheDocument();
    expect(await screen.findByText('0 of 3 complete')).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(4);
  }, 30_000);

  it('opens a package the operating system handed over (double-click) by its path', async () => {
    const user = userEvent.setup();
    const pkg = await buildFixturePackage({ category: 'lump-sum' });
    const file = path.join(tempDir(), 'GX-JQ-2026.pdpkg');
    writeFileSync(file, pkg.bytes);
    render(<App />);
    await screen.findByLabelText('Package file');
    act(() => useAppStore.getState().receivePackageFromOs(file));
    expect(await screen.findByText(/Opened from your computer: GX-JQ-2026.pdpkg/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Passphrase'), pkg.passphrase);
    await user.click(screen.getByRole('button', { name: 'Open package' }));
    expect(await screen.findByRole('heading', { name: 'Inbox' })).toBeInTheDocument();
    expect(useAppStore.getState().packageFromOs).toBeNull();
  }, 30_000);

  it('autosaves a score, shows saved only after the commit, and stops an incomplete submit', async () => {
    const user = userEvent.setup();
    const pkg = await buildFixturePackage({ category: 'lump-sum' });
    const opened = await backend.dispatcher.invoke(
      'reviewer.openPackage',
      { source: { bytes: pkg.bytes }, passphrase: pkg.passphrase },
      { language: 'en' },
    );
    expect(opened.ok).toBe(true);
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Inbox' }));
    await user.type(await screen.findByLabelText('Search'), '蓝碳');
    expect(screen.getAllByRole('row')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Open GX-JQ-2026-002' }));

    const plan = await screen.findByRole('radiogroup', {
      name: /^Originality and feasibility of the research plan/,
    });
    await user.click(within(plan).getByRole('radio', { name: /^C Good/ }));
    await waitFor(() => expect(screen.getByTestId('save-state')).toHaveTextContent(/^Saved/), {
      timeout: 3000,
    });
    const stored = await backend.dispatcher.invoke(
      'reviewer.application',
      { applicationId: 'GX-JQ-2026-002' },
      { language: 'en' },
    );
    expect(stored.ok && (stored.value as ApplicationDetail).review?.content.scores).toEqual({ plan: 3 });

    await user.click(screen.getByRole('button', { name: 'Submit review' }));
    expect(await screen.findByText(/^Fix \d+ fields? before submitting\.$/)).toBeInTheDocument();
    const achievements = screen.getByRole('radiogroup', { name: /^Academic achievements and influence/ });
    expect(achievements).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getAllByText('Required.').length).toBeGreaterThan(3);
    const after = await backend.dispatcher.invoke(
      'reviewer.application',
      { applicationId: 'GX-JQ-2026-002' },
      { language: 'en' },
    );
    expect(after.ok && (after.value as ApplicationDetail).review?.content.status).toBe('draft');

    await user.click(screen.getByRole('tab', { name: 'Budget' }));
    const table = screen.getByRole('table', { name: /Requested amounts by work package and year/ });
    expect(within(table).getAllByRole('row')).toHaveLength(5);
    expect(within(table).getAllByText('CN¥1,410,000').length).toBe(1);
  }, 30_000);
});
