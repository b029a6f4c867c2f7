import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { realApi } from '../../test/dom-api';
import { setApi } from '../api/api';
import { App } from '../app/App';
import { setLanguage } from '../i18n/i18n';
import { useAppStore } from '../store/app-store';

describe('first-run welcome', () => {
  let backend: ReturnType<typeof realApi>;
  beforeEach(async () => {
    backend = realApi();
    setApi(backend.api);
    useAppStore.setState({ ready: false, workspace: null, screen: 'overview' });
    await setLanguage('en');
  });

  it('creates an office workspace and shows the office navigation', async () => {
    const user = userEvent.setup();
    render(<App />);
    const create = await screen.findByRole('button', { name: 'Create workspace' });
    expect(create).toBeDisabled();
    expect(create).toHaveAccessibleDescription('Type a name for the workspace first.');
    const open = screen.getByRole('button', { name: 'Open' });
    expect(open).toBeDisabled();
    expect(open).toHaveAccessibleDescription('Type the path of a workspace file first.');
    await user.type(screen.getByLabelText('Workspace name'), '杰青 2026');
    expect(create).toBeEnabled();
    expect(create).not.toHaveAccessibleDescription();
    await user.click(create);
    expect(await screen.findByRole('heading', { name: '杰青 2026' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
    expect(screen.getAllByText('Programme office').length).toBeGreaterThan(0);
    const info = await backend.dispatcher.invoke('app.info', {}, { language: 'en' });
    expect(info).toMatchObject({ ok: true, value: { workspace: { name: '杰青 2026' } } });
  });

  it('names the version and the log file in About', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.type(await screen.findByLabelText('Workspace name'), 'About check');
    await user.click(screen.getByRole('button', { name: 'Create workspace' }));
    await user.click(await screen.findByText('About Peerdesk'));
    const info = await backend.dispatcher.invoke('app.info', {}, { language: 'en' });
    if (!info.ok) throw new Error(info.message);
    expect(screen.getByText(`Version ${info.value.version}`)).toBeVisible();
    expect(info.value.logFile).toMatch(/peerdesk\.log$/);
    expect(screen.getByText(info.value.logFile)).toBeVisible();
  });

  it('switches language at once and shows a translated refusal', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: '中文' }));
    expect(await screen.findByRole('heading', { name: '打开工作区' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('工作区文件'), '/no/such/workspace.sqlite');
    await user.click(screen.getByRole('button', { name: '打开' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('/no/such/workspace.sqlite 处没有工作区。');
    await user.click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'There is no workspace at /no/such/workspace.sqlite.',
      ),
    );
  });
});
