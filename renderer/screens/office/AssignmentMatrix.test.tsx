import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { demoOffice } from '../../../test/demo-office';
import type { realApi } from '../../../test/dom-api';
import { setApi } from '../../api/api';
import { setLanguage } from '../../i18n/i18n';
import { AssignmentMatrix } from './AssignmentMatrix';
import { Packages } from './Packages';

let backend: ReturnType<typeof realApi>;
/** The call the screens open with (the newest), its size, and a pair given a conflict by hand. */
let shown: {
  code: string;
  applications: number;
  reviewers: number;
  conflict: { reviewer: string; reference: string };
};

/** A small demo office (through the same channel as `peerdesk demo`): 8 applications, 5 reviewers. */
beforeAll(async () => {
  // jsdom does no layout: give the matrix's scroll box the size a window would, so the virtualised
  // grid renders rows and columns as it does in a browser.
  const sized = (element: HTMLElement, size: number) =>
    element.classList.contains('matrix-scroll') ? size : 0;
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(function (this: HTMLElement) {
    return sized(this, 1100);
  });
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return sized(this, 640);
  });
  ({ backend } = await demoOffice({ applications: 8, reviewers: 5, perApplication: 2, seed: 'dom' }));
  setApi(backend.api);
  await setLanguage('en');
  const calls = await backend.api.invoke('calls.list', {});
  if (!calls.ok) throw new Error(calls.message);
  const code = calls.value[0]!.code;
  const matrix = await backend.api.invoke('assignments.matrix', { callId: code });
  if (!matrix.ok) throw new Error(matrix.message);
  const { applications, reviewers, assignments, conflicts } = matrix.value;
  const taken = new Set([...assignments, ...conflicts].map((c) => `${c.applicationId}|${c.reviewerId}`));
  const application = applications.find((a) => reviewers.some((r) => !taken.has(`${a.id}|${r.id}`)))!;
  const reviewer = reviewers.find((r) => !taken.has(`${application.id}|${r.id}`))!;
  const added = await backend.api.invoke('conflicts.add', {
    callId: code,
    applicationId: application.id,
    reviewerId: reviewer.id,
    reason: '近三年合作发表论文',
  });
  if (!added.ok) throw new Error(added.message);
  shown = {
    code,
    applications: applications.length,
    reviewers: reviewers.length,
    conflict: { reviewer: reviewer.name, reference: application.referenceNo },
  };
}, 60_000);

describe('assignment matrix screen', () => {
  it('shows applications × reviewers, and assigns, unassigns and locks by mouse and keyboard', async () => {
    const user = userEvent.setup();
    render(<AssignmentMatrix />);
    const grid = await screen.findByRole('grid', { name: /Assignment matrix/ });
    expect(within(grid).getAllByRole('rowheader')).toHaveLength(shown.applications);
    expect(within(grid).getAllByRole('columnheader')).toHaveLength(shown.reviewers + 1);

    const assigned = within(grid).getAllByRole('gridcell', { name: / is assigned to / });
    expect(assigned.length).toBeGreaterThan(0);
    const cell = assigned[0]!;
    const label = cell.getAttribute('aria-label')!;
    const [reviewer, reference] = label.split(' is assigned to ') as [string, string];
    await user.click(cell);
    const panel = screen.getByRole('complementary', { name: 'Selected pair' });
    expect(within(panel).getByText(reviewer)).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Unassign' }));
    await within(grid).findByRole('gridcell', { name: `${reviewer} is not assigned to ${reference}` });

    // Enter assigns again (manual assignments are locked); L unlocks.
    within(grid)
      .getByRole('gridcell', { name: `${reviewer} is not assigned to ${reference}` })
      .focus();
    await user.keyboard('{Enter}');
    await within(grid).findByRole('gridcell', { name: `${reviewer} is assigned to ${reference} (locked)` });
    await user.keyboard('l');
    await within(grid).findByRole('gridcell', { name: `${reviewer} is assigned to ${reference}` });

    const matrix = await backend.api.invoke('assignments.matrix', { callId: 'GXJQ2026' });
    expect(matrix.ok && matrix.value.assignments.filter((c) => c.locked)).toEqual([]);
  });

  it('shows a conflict (回避) and offers no way to assign it', async () => {
    const user = userEvent.setup();
    render(<AssignmentMatrix />);
    const grid = await screen.findByRole('grid');
    const { reviewer, reference } = shown.conflict;
    const cell = within(grid).getByRole('gridcell', { name: `${reviewer} has a conflict with ${reference}` });
    await user.click(cell);
    const panel = screen.getByRole('complementary', { name: 'Selected pair' });
    expect(within(panel).getByText('added by the office')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Assign' })).toBeDisabled();
    await user.keyboard('{Enter}');
    expect(
      within(grid).getByRole('gridcell', { name: `${reviewer} has a conflict with ${reference}` }),
    ).toBeInTheDocument();
  });

  it('shows both sides’ languages and the match of the selected pair', async () => {
    const user = userEvent.setup();
    render(<AssignmentMatrix />);
    const grid = await screen.findByRole('grid');
    const cell = within(grid).getAllByRole('gridcell', { name: / is assigned to / })[0]!;
    await user.click(cell);
    const panel = screen.getByRole('complementary', { name: 'Selected pair' });
    const facts = within(panel).getByText('Application language').nextElementSibling;
    expect(facts?.textContent).toMatch(/^(Chinese|English)$/);
    expect(within(panel).getByText('Reviewer’s languages').nextElementSibling?.textContent).toMatch(
      /Chinese|English/,
    );
    expect(cell.getAttribute('title')).toMatch(/^Match \d+%$/);
  });

  it('auto-assigns with a report', async () => {
    const user = userEvent.setup();
    render(<AssignmentMatrix />);
    await screen.findByRole('grid');
    expect(screen.getByRole('option', { name: 'Re-plan unlocked assignments' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Auto-assign' }));
    expect(await screen.findByRole('heading', { name: 'Auto-assignment finished' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText(/slots filled/)).toBeInTheDocument());
  });
  it('sends the reviewer record rules only when the officer turns them on', async () => {
    const user = userEvent.setup();
    render(<AssignmentMatrix />);
    await screen.findByRole('grid');
    const cap = screen.getByRole('spinbutton', { name: 'Most reviews per reviewer in the year' });
    expect(cap).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: /credit score of at least/ })).not.toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: /At most this many reviews/ }));
    expect(cap).toHaveValue(10);
    await user.click(screen.getByRole('button', { name: 'Auto-assign' }));
    await screen.findByRole('heading', { name: 'Auto-assignment finished' });
    const audit = await backend.api.invoke('audit.list', { query: 'assignments.auto' });
    if (!audit.ok) throw new Error(audit.message);
    const runs = audit.value.filter((row) => row.action === 'assignments.auto');
    expect(runs[0]?.details).toMatchObject({ yearCap: 10 });
    expect(runs[0]?.details).not.toHaveProperty('minCredit');
  });
});

describe('packages screen', () => {
  it('says why packages cannot be issued yet, in English and after the switch to Chinese', async () => {
    render(<Packages />);
    const issue = await screen.findByRole('button', { name: 'Issue packages' });
    expect(issue).toBeDisabled();
    expect(issue).toHaveAccessibleDescription('Enter the folder to write the packages to.');
    await act(() => setLanguage('zh-CN'));
    const chinese = screen.getByRole('button', { name: '发放任务包' });
    expect(chinese).toBeDisabled();
    expect(chinese).toHaveAccessibleDescription('请填写任务包的保存文件夹。');
    await act(() => setLanguage('en'));
  });

  it('re-issues packages and shows the passphrases once', async () => {
    const user = userEvent.setup();
    render(<Packages />);
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(within(table).getAllByText('v1').length).toBe(rows.length);

    await user.type(screen.getByLabelText('Save packages to folder'), path.join(backend.dataDir, 'reissue'));
    await user.selectOptions(screen.getByLabelText('Issue for'), 'all');
    await user.click(screen.getByRole('button', { name: 'Issue packages' }));
    const list = await screen.findByRole(
      'region',
      { name: 'Passphrases — shown only this once' },
      { timeout: 30_000 },
    );
    const passphrases = within(list).getAllByText(/^([0-9A-Z]{4}-){5}[0-9A-Z]{4}$/);
    expect(passphrases).toHaveLength(rows.length);
    await waitFor(() =>
      expect(within(screen.getAllByRole('table').at(-1)!).getAllByText('v2').length).toBe(rows.length),
    );
    await user.click(within(list).getByRole('button', { name: 'I have saved the passphrases' }));
    expect(screen.queryByRole('region', { name: 'Passphrases — shown only this once' })).toBeNull();
  });
});
