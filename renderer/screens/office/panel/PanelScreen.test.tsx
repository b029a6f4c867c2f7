import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName, RequestOf } from '../../../../shared/contract';
import { expectOk } from '../../../../test/support/dispatch';
import { realApi } from '../../../../test/dom-api';
import { DEMO_CALL_ID, openDemoOffice } from '../../../../test/results-demo';
import { setApi } from '../../../api/api';
import { setLanguage } from '../../../i18n/i18n';
import { useAppStore } from '../../../store/app-store';
import { PanelScreen } from './PanelScreen';

const members = ['rev-1', 'rev-2', 'rev-3', 'rev-4', 'rev-5'];
type Backend = ReturnType<typeof realApi>;

const call = <C extends ChannelName>(backend: Backend, channel: C, request: RequestOf<C>) =>
  expectOk(backend.dispatcher, channel, request);

/** The demo 杰青 call ranked by mean; rev-2 declared conflicted on the best-ranked application. */
async function rankedDemo() {
  const backend = realApi();
  setApi(backend.api);
  await openDemoOffice(backend.dispatcher, backend.dataDir);
  await call(backend, 'results.rank', { callId: DEMO_CALL_ID, method: 'mean', fundable: 4 });
  const view = await call(backend, 'results.view', { callId: DEMO_CALL_ID });
  const ranked = view.applications
    .filter((a) => a.ranking !== null && !a.excluded)
    .sort((a, b) => (a.ranking?.rank ?? 0) - (b.ranking?.rank ?? 0));
  const best = ranked[0];
  if (!best) throw new Error('the demo call has no ranking');
  await call(backend, 'conflicts.add', {
    callId: DEMO_CALL_ID,
    applicationId: best.id,
    reviewerId: 'rev-2',
    reason: '同一课题组',
  });
  const unranked = view.applications.find((a) => !ranked.slice(0, 3).includes(a));
  return { backend, ranked, outside: unranked ?? best };
}

async function withPanel() {
  const demo = await rankedDemo();
  await call(demo.backend, 'panel.setup', {
    callId: DEMO_CALL_ID,
    shortlist: { from: 'top-n', n: 3 },
    members,
    minMembers: 5,
  });
  return demo;
}

/** jsdom has no object URLs; the screen's downloads are caught here as the Blobs it made. */
function catchDownloads(): { files: { name: string; blob: Blob }[] } {
  const caught = { files: [] as { name: string; blob: Blob }[] };
  let pending: Blob | null = null;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    pending = blob as Blob;
    return 'blob:peerdesk-test';
  };
  URL.revokeObjectURL = () => undefined;
  HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
    if (pending) caught.files.push({ name: this.download, blob: pending });
    pending = null;
  };
  return caught;
}

/** Renders the panel screen and opens one of its tabs; returns the user driving it. */
async function openTab(name: string) {
  const user = userEvent.setup();
  render(<PanelScreen />);
  await user.click(await screen.findByRole('tab', { name }));
  return user;
}

describe('panel screen', () => {
  beforeEach(async () => {
    await setLanguage('en');
  });

  it('sets up the panel: top N with a removal and an addition, each with a reason, members with conflicts, the rule', async () => {
    const { backend, ranked, outside } = await rankedDemo();
    const user = userEvent.setup();
    render(<PanelScreen />);
    expect(await screen.findByText(/This call has no panel yet/)).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Ballots and tally' })).toHaveAttribute(
      'title',
      'Set up the panel first.',
    );

    const n = await screen.findByLabelText('Number of applications (N)');
    await user.clear(n);
    await user.type(n, '3');
    const table = screen.getByRole('table', { name: 'Applications on the shortlist' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);

    // Remove the third-ranked application with a reason.
    const third = ranked[2]?.referenceNo ?? '';
    const thirdRow = within(table).getByText(third).closest('tr') as HTMLElement;
    await user.click(within(thirdRow).getByRole('button', { name: 'Remove…' }));
    const confirm = within(thirdRow).getByRole('button', { name: 'Remove' });
    expect(confirm).toBeDisabled();
    expect(confirm).toHaveAccessibleDescription('Give a reason first.');
    await user.type(within(thirdRow).getByLabelText(`Reason for removing ${third}`), '申请人已获同类资助');
    await user.click(confirm);
    expect(within(thirdRow).getByText('Removed: 申请人已获同类资助')).toBeInTheDocument();

    // Add one from outside the top 3 with a reason.
    const add = screen.getByRole('button', { name: 'Add to the shortlist' });
    expect(add).toBeDisabled();
    expect(add).toHaveAccessibleDescription('Choose an application and give a reason.');
    await user.selectOptions(screen.getByLabelText('Application'), outside.id);
    await user.type(screen.getByLabelText('Reason for adding'), '学科布局需要');
    await user.click(add);
    expect(within(table).getByText('学科布局需要')).toBeInTheDocument();

    // Members: the 杰青 minimum of 9 blocks five members until it is lowered.
    for (const name of ['张教授', '李研究员', 'Prof. Smith', '王博士', '陈教授'])
      await user.click(screen.getByRole('checkbox', { name: new RegExp(`^${name}`) }));
    const save = screen.getByRole('button', { name: 'Save the panel' });
    expect(save).toBeDisabled();
    expect(save).toHaveAttribute('title', 'Choose at least 9 members.');
    // rev-2 (李研究员) is conflicted on the best-ranked application, shown on the member and the row.
    expect(
      screen.getByRole('checkbox', { name: /^李研究员.*conflicted on 1 shortlisted application$/ }),
    ).toBeChecked();
    const bestRow = within(table)
      .getByText(ranked[0]?.referenceNo ?? '')
      .closest('tr') as HTMLElement;
    expect(within(bestRow).getByText('李研究员')).toBeInTheDocument();
    const minimum = screen.getByLabelText(/^Minimum number of members/);
    await user.clear(minimum);
    await user.type(minimum, '5');

    await user.selectOptions(screen.getByLabelText('Majority'), '>=2/3');
    await user.click(screen.getByRole('checkbox', { name: /^Funding needs the panel’s recommendation/ }));
    expect(save).toBeEnabled();
    await user.click(save);
    expect(await screen.findByText('Panel saved: 3 applications, 5 members.')).toBeInTheDocument();

    const stored = await call(backend, 'panel.get', { callId: DEMO_CALL_ID });
    expect(stored.rule).toEqual({ quorum: 0.6667, majority: '>=2/3' });
    expect(stored.requiresRecommendation).toBe(true);
    expect(stored.members.map((m) => m.id).sort()).toEqual(members);
    expect(stored.shortlist.find((row) => row.applicationId === outside.id)).toMatchObject({
      source: 'manual',
      reason: '学科布局需要',
      removedReason: null,
    });
    expect(stored.shortlist.find((row) => row.applicationId === ranked[2]?.id)?.removedReason).toBe(
      '申请人已获同类资助',
    );
    expect(stored.shortlist.find((row) => row.applicationId === ranked[0]?.id)?.conflictedMembers).toEqual([
      'rev-2',
    ]);
    // The other stages open once the panel exists.
    expect(screen.getByRole('tab', { name: 'Ballots and tally' })).toBeEnabled();
  });

  it('enters paper ballots, bars the conflicted member and refreshes the tally after each entry', async () => {
    const { backend, ranked } = await withPanel();
    const user = await openTab('Ballots and tally');
    const tally = await screen.findByRole('region', { name: 'Tally per application' });
    const best = ranked[0]?.referenceNo ?? '';
    // The cells of the best-ranked application's row after the one naming it.
    const cells = () =>
      within(within(tally).getByText(best).closest('tr') as HTMLElement)
        .getAllByRole('cell')
        .slice(1)
        .map((c) => c.textContent);
    await waitFor(() => expect(cells()).toEqual(['4', '0', '0', '0', '0', 'No ballots yet', '', '']));
    const record = screen.getByRole('button', { name: 'Record the tally' });
    expect(record).toHaveAttribute('title', 'There are no ballots to record yet.');

    const enter = screen.getByRole('button', { name: 'Enter the paper ballot' });
    expect(enter).toHaveAttribute('title', 'Choose an application, a member and a vote.');
    await user.selectOptions(screen.getByLabelText('Application'), ranked[0]?.id ?? '');
    expect(screen.getByRole('option', { name: '李研究员 — conflicted (回避)' })).toBeDisabled();

    const ballots: [string, 'For' | 'Against', string][] = [
      ['张教授', 'For', '4.5'],
      ['Prof. Smith', 'For', '4'],
      ['王博士', 'Against', ''],
    ];
    for (const [name, vote, score] of ballots) {
      await user.selectOptions(screen.getByLabelText('Application'), ranked[0]?.id ?? '');
      await user.selectOptions(screen.getByLabelText('Member'), name);
      await user.click(screen.getByRole('radio', { name: vote }));
      if (score) await user.type(screen.getByLabelText(/^Final score/), score);
      await user.click(enter);
      expect(await screen.findByText(new RegExp(`Paper ballot entered: ${name}`))).toBeInTheDocument();
    }
    // 4 eligible (rev-2 conflicted), 3 present: quorate; 2 of 3 for is more than half.
    await waitFor(() => expect(cells()).toEqual(['4', '3', '2', '1', '0', 'Recommended', '4.25', '4–4.5']));
    expect(screen.getByText(/3 ballots received/)).toBeInTheDocument();
    await user.click(record);
    expect(await screen.findByText('Tally recorded with its rule.')).toBeInTheDocument();

    const audit = await call(backend, 'audit.list', { limit: 50 });
    const entered = audit.filter((entry) => entry.action === 'panel.ballot.paper');
    expect(entered).toHaveLength(3);
  });

  it('schedules the defences one after another, saves them and downloads the schedule', async () => {
    const { backend } = await withPanel();
    const downloads = catchDownloads();
    const user = await openTab('Defence schedule');
    const save = await screen.findByRole('button', { name: 'Save the schedule' });
    expect(save).toHaveAttribute('title', 'Every row needs an order, a date, a time and 1–600 minutes.');
    expect(screen.getByRole('button', { name: 'Download PDF' })).toHaveAttribute(
      'title',
      'No schedule has been saved yet.',
    );
    const fill = screen.getByRole('button', { name: 'Fill in the times' });
    expect(fill).toBeDisabled();
    expect(fill).toHaveAccessibleDescription('Give a start date, a start time and 1–600 minutes each.');
    await user.type(screen.getByLabelText('Start date'), '2026-12-10');
    await user.clear(screen.getByLabelText('Minutes each'));
    await user.type(screen.getByLabelText('Minutes each'), '25');
    await user.click(screen.getByRole('button', { name: 'Fill in the times' }));
    await user.click(save);
    expect(await screen.findByText('Schedule saved.')).toBeInTheDocument();
    const stored = await call(backend, 'panel.get', { callId: DEMO_CALL_ID });
    expect(stored.schedule.map((e) => [e.position, e.date, e.time, e.minutes])).toEqual([
      [1, '2026-12-10', '09:00', 25],
      [2, '2026-12-10', '09:25', 25],
      [3, '2026-12-10', '09:50', 25],
    ]);
    expect(save).toHaveAttribute('title', 'There are no changes to save.');

    await user.click(screen.getByRole('button', { name: 'Download XLSX' }));
    await waitFor(() => expect(downloads.files).toHaveLength(1));
    const [xlsx] = downloads.files;
    expect(xlsx?.name).toMatch(/\.xlsx$/);
    // An XLSX file is a ZIP: it starts with PK.
    expect(new Uint8Array(await (xlsx?.blob ?? new Blob()).arrayBuffer()).slice(0, 2)).toEqual(
      new Uint8Array([0x50, 0x4b]),
    );
    expect(await screen.findByText(`Saved ${xlsx?.name} to the download folder.`)).toBeInTheDocument();
  });

  it('drafts the consensus beside the reviews, finalises and locks it, and lists every revision', async () => {
    const { backend, ranked } = await withPanel();
    const user = await openTab('Consensus');
    // The individual reviews of the first shortlisted application, side by side.
    const reviews = await screen.findByRole('region', { name: 'Individual reviews' });
    await waitFor(() => expect(within(reviews).getAllByRole('columnheader').length).toBeGreaterThan(2));
    const save = screen.getByRole('button', { name: 'Save the draft' });
    const finalise = screen.getByRole('button', { name: 'Finalise' });
    const lock = screen.getByRole('button', { name: 'Lock' });
    expect(save).toHaveAttribute('title', 'Write the consensus text first.');
    expect(finalise).toHaveAttribute('title', 'Save the text before finalising it.');

    const text = screen.getByRole('textbox', { name: /^Consensus text/ });
    await user.type(text, '专家组认为该项目创新性突出。');
    await user.click(save);
    expect(await screen.findByText('Revision 1 saved (Draft).')).toBeInTheDocument();
    expect(lock).toHaveAttribute('title', 'Finalise the text before locking it.');
    await user.click(finalise);
    expect(await screen.findByText('Revision 2 saved (Final).')).toBeInTheDocument();
    await user.click(lock);
    expect(await screen.findByText('Revision 3 saved (Locked).')).toBeInTheDocument();
    expect(text).toHaveAttribute('readonly');
    const author = screen.getByRole('combobox', { name: 'Rapporteur' });
    expect(author).toBeDisabled();
    expect(author).toHaveAccessibleDescription('This consensus text is locked and can no longer be changed.');
    expect(save).toHaveAttribute('title', 'This consensus text is locked and can no longer be changed.');

    const revisions = screen.getByRole('list', { name: 'Revisions' });
    await waitFor(() => expect(within(revisions).getAllByRole('listitem')).toHaveLength(3));
    expect(within(revisions).getAllByRole('listitem')[0]).toHaveTextContent(
      /^Revision 3 · Locked · Programme officer · /,
    );
    const stored = await call(backend, 'panel.consensus.revisions', {
      callId: DEMO_CALL_ID,
      applicationId: ranked[0]?.id ?? '',
    });
    expect(stored.map((r) => r.state)).toEqual(['draft', 'final', 'locked']);
  });

  it('writes the minutes and the feedback letters as files and says where they went', async () => {
    await withPanel();
    const downloads = catchDownloads();
    const user = await openTab('Minutes and feedback');
    await user.click(await screen.findByRole('button', { name: 'Write the minutes (PDF)' }));
    expect(await screen.findByText('Saved minutes-JQ-2026.pdf to the download folder.')).toBeInTheDocument();
    const minutes = downloads.files[0];
    expect(new TextDecoder().decode(await (minutes?.blob ?? new Blob()).arrayBuffer()).slice(0, 5)).toBe(
      '%PDF-',
    );

    await user.selectOptions(screen.getByLabelText('Language of the letters'), 'zh-CN');
    await user.click(screen.getByRole('button', { name: 'Write the feedback letters' }));
    expect(
      await screen.findByText(
        /^Saved feedback-JQ-2026\.zip to the download folder: \d+ files inside\.$/,
        undefined,
        {
          timeout: 30_000,
        },
      ),
    ).toBeInTheDocument();
    expect(downloads.files.map((file) => file.name)).toEqual(['minutes-JQ-2026.pdf', 'feedback-JQ-2026.zip']);
    expect(screen.getByText('feedback.csv')).toBeInTheDocument();
    expect(screen.getByText('JQ2026-001.pdf')).toBeInTheDocument();
  }, 60_000);

  it('issues the panel packages into a folder, shows each passphrase once and leads to merging ballot bundles', async () => {
    const { backend } = await withPanel();
    useAppStore.setState({ screen: 'office-panel' });
    const user = await openTab('Ballots and tally');
    const card = await screen.findByRole('region', { name: 'Panel packages for the members' });
    const issue = within(card).getByRole('button', { name: 'Issue panel packages' });
    expect(issue).toBeDisabled();
    expect(issue).toHaveAccessibleDescription('Type the folder to write the packages into.');
    const outDir = path.join(backend.dataDir, 'panel-packages');
    await user.type(within(card).getByLabelText('Folder to write the packages into'), outDir);
    await user.click(within(card).getByLabelText('Also save the passphrase list beside the folder'));
    await user.click(issue);

    expect(await within(card).findByText(`5 panel packages written to ${outDir}.`)).toBeInTheDocument();
    const list = within(card).getByRole('region', { name: 'Passphrases — shown only this once' });
    const written = readdirSync(outDir).sort();
    expect(written).toHaveLength(5);
    for (const file of written) expect(within(list).getByText(file)).toBeInTheDocument();
    expect(within(card).getByText(/Passphrase list saved/)).toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: 'Merge ballot bundles…' }));
    expect(useAppStore.getState().screen).toBe('office-merge');
  }, 60_000);
});
