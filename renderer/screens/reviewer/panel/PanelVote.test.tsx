import path from 'node:path';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { realApi } from '../../../../test/dom-api';
import {
  CONFIDENTIAL_TOKEN,
  DEMO_CALL_ID,
  REVIEWER_NAME_TOKEN,
  panelOffice,
} from '../../../../test/support/panel/panel-office';
import { setApi } from '../../../api/api';
import { setLanguage } from '../../../i18n/i18n';
import { PanelVote } from './PanelVote';

/** A member's app with member-1's panel package of the naughty demo office opened. */
async function memberWithPackage() {
  const { office, dir } = await panelOffice();
  const issued = await office.ok('panel.packages.issue', {
    callId: DEMO_CALL_ID,
    outDir: path.join(dir, 'panel'),
  });
  const pkg = issued.packages.find((p) => p.reviewerId === 'member-1');
  if (!pkg) throw new Error('no package for member-1');
  const backend = realApi();
  setApi(backend.api);
  const opened = await backend.dispatcher.invoke(
    'reviewer.panel.open',
    {
      source: { path: pkg.path },
      passphrase: pkg.passphrase,
      workspacePath: path.join(backend.dataDir, 'member.sqlite'),
    },
    { language: 'en' },
  );
  if (!opened.ok) throw new Error(opened.message);
  return backend;
}

describe('panel vote (reviewer app)', () => {
  beforeEach(async () => {
    await setLanguage('en');
  });

  it('shows the shortlist, the digest beside the ballot form, saves a ballot and exports the bundle', async () => {
    const user = userEvent.setup();
    await memberWithPackage();
    render(<PanelVote />);
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(5);
    expect(within(table).getAllByText('Not voted')).toHaveLength(4);
    await user.click(within(table).getAllByRole('button')[0] as HTMLElement);

    expect(await screen.findByRole('heading', { name: 'Mail reviews (anonymised)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /^Review 1/ })).toBeInTheDocument();
    expect(document.body.textContent).not.toContain(CONFIDENTIAL_TOKEN);
    expect(document.body.textContent).not.toContain(REVIEWER_NAME_TOKEN);

    const form = screen.getByRole('form', { name: 'Your ballot' });
    await user.click(within(form).getByRole('button', { name: 'Save ballot' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Choose for, against or abstain.');
    await user.click(within(form).getByRole('radio', { name: 'For (赞成)' }));
    await user.type(within(form).getByLabelText('Final score (optional, 1–5)'), '7');
    await user.click(within(form).getByRole('button', { name: 'Save ballot' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Enter a number from 1 to 5');
    await user.clear(within(form).getByLabelText('Final score (optional, 1–5)'));
    await user.type(within(form).getByLabelText('Final score (optional, 1–5)'), '4.5');
    await user.type(within(form).getByLabelText('Short comment (optional)'), '同意推荐');
    await user.click(within(form).getByRole('button', { name: 'Save ballot' }));
    expect(await within(form).findByText('Saved (revision 1).')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Back to the shortlist' }));
    expect(await screen.findByText('For (赞成)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Export ballot bundle' }));
    expect(
      await screen.findByText(/^Exported ballots-JQ-2026-.*\.pdballot with 1 ballot\./),
    ).toBeInTheDocument();
  }, 60_000);

  it('says why opening a package and exporting cannot be done yet', async () => {
    const user = userEvent.setup();
    await memberWithPackage();
    render(<PanelVote />);
    const exportButton = await screen.findByRole('button', { name: 'Export ballot bundle' });
    expect(exportButton).toBeDisabled();
    expect(exportButton).toHaveAccessibleDescription('Vote on at least one application first.');

    const open = screen.getByRole('button', { name: 'Open a panel package' });
    expect(open).toBeDisabled();
    expect(open).toHaveAccessibleDescription('Choose the panel package file first.');
    await user.upload(
      screen.getByLabelText('Panel package file'),
      new File([new Uint8Array([1, 2, 3])], 'panel-JQ-2026.pdpanel'),
    );
    expect(open).toHaveAccessibleDescription('Type the passphrase the office sent you.');
    await user.type(screen.getByLabelText('Passphrase'), 'K7QD-M2XP-9HTR-4ZEB-WC6N-1FJS');
    expect(open).toBeEnabled();
    expect(open).not.toHaveAccessibleDescription();
  }, 60_000);

  it('speaks Chinese', async () => {
    await memberWithPackage();
    await setLanguage('zh-CN');
    render(<PanelVote />);
    expect(await screen.findByRole('heading', { name: '会议评审投票' })).toBeInTheDocument();
    expect(await screen.findAllByText('未投票')).toHaveLength(4);
    expect(screen.getByRole('button', { name: '导出投票包' })).toHaveAccessibleDescription(
      '请至少对一份申请书投票后再导出。',
    );
  }, 60_000);
});
