import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoOffice } from '../../../test/demo-office';
import { setApi } from '../../api/api';
import { setLanguage } from '../../i18n/i18n';
import { Dashboard } from './Dashboard';
import { MergeImport } from './MergeImport';

let bundles: File[];

/**
 * A small demo office whose reviewers really scored and exported their bundles (through the same
 * channel as `peerdesk demo --simulate`); the screens merge those files through the real API.
 */
beforeAll(async () => {
  const { backend, demo } = await demoOffice({
    applications: 6,
    reviewers: 4,
    perApplication: 2,
    seed: 'merge-dom',
    simulate: true,
  });
  setApi(backend.api);
  await setLanguage('en');
  const dir = demo.simulation?.bundlesDir ?? '';
  bundles = readdirSync(dir)
    .sort()
    .map((name) => new File([readFileSync(path.join(dir, name))], name));
}, 120_000);

/** Drops files on the window the way a browser does (a drop event carrying a file list). */
function dropFiles(files: File[]) {
  const dataTransfer = { types: ['Files'], files, dropEffect: 'none' };
  const over = new Event('dragover', { bubbles: true, cancelable: true });
  Object.defineProperty(over, 'dataTransfer', { value: dataTransfer });
  const drop = new Event('drop', { bubbles: true, cancelable: true });
  Object.defineProperty(drop, 'dataTransfer', { value: dataTransfer });
  act(() => {
    window.dispatchEvent(over);
    window.dispatchEvent(drop);
  });
  return drop;
}

describe('merge import and review progress screens', () => {
  it('merges dropped bundles, refuses a damaged one, and shows the report and progress', async () => {
    const user = userEvent.setup();
    render(<MergeImport />);
    const [first, ...others] = bundles;
    const damaged = new File([new Uint8Array(await first!.arrayBuffer()).slice(0, 300)], 'damaged.pdrev');
    const drop = dropFiles([first!, damaged]);
    expect(drop.defaultPrevented).toBe(true);

    // The recent-merges list may already show below: read the report's own table.
    const report = await screen.findByRole('region', { name: 'Report' });
    const table = within(report).getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByText('Applied')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Refused')).toBeInTheDocument();
    expect(rows[1]).toHaveTextContent(/not a bundle|truncated|damaged/i);
    expect(screen.getByText('1 applied · 0 already imported · 1 refused')).toBeInTheDocument();

    // The rest through the file picker, the first again: a reported no-op.
    await user.upload(screen.getByLabelText('Choose bundle files'), [first!, ...others]);
    const summary = `${others.length} applied · 1 already imported · 0 refused`;
    await waitFor(() => expect(screen.getByText(summary)).toBeInTheDocument(), { timeout: 30_000 });
    const recent = await screen.findByRole('heading', { name: 'Recently merged bundles' });
    expect(within(recent.closest('section')!).getAllByRole('row')).toHaveLength(others.length + 2);
    const received = await screen.findByText('Received');
    expect(Number(received.nextElementSibling?.textContent)).toBeGreaterThan(0);

    await act(() => setLanguage('zh-CN'));
    expect(screen.getByText('此前已导入')).toBeInTheDocument();
    expect(screen.getByText(/同一文件已于/)).toBeInTheDocument();
    await act(() => setLanguage('en'));
  });

  it('shows per-call counts, whom to chase, recusals and conflicts on the dashboard', async () => {
    render(<Dashboard />);
    await screen.findByRole('heading', { name: 'Who to chase' });
    for (const heading of [
      'Recusals to reassign',
      'Conflicting versions to resolve',
      'By reviewer',
      'By application',
    ]) {
      expect(screen.getByRole('heading', { name: heading })).toBeInTheDocument();
    }
    expect(screen.getAllByText('Assigned').length).toBeGreaterThan(0);
    const filter = screen.getAllByLabelText('Filter')[0]!;
    fireEvent.change(filter, { target: { value: 'no such reviewer' } });
    const byReviewer = screen.getByRole('heading', { name: 'By reviewer' }).closest('section')!;
    expect(within(byReviewer).getAllByRole('row')).toHaveLength(1);
  });
});
