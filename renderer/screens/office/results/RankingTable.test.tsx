import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ResultsView } from '../../../../shared/contract/results';
import { realApi } from '../../../../test/dom-api';
import { DEMO_CALL_ID, openDemoOffice } from '../../../../test/results-demo';
import { setApi } from '../../../api/api';
import { setLanguage } from '../../../i18n/i18n';
import { RankingTable } from './RankingTable';
import { ResultsScreen } from './ResultsScreen';

// jsdom has no layout: give the table's scroll box a size so the virtualiser renders rows.
const sizes = { clientHeight: 560, clientWidth: 1200 };
const originals = Object.fromEntries(
  Object.keys(sizes).map((key) => [key, Object.getOwnPropertyDescriptor(HTMLElement.prototype, key)]),
);
beforeAll(() => {
  for (const [key, value] of Object.entries(sizes)) {
    Object.defineProperty(HTMLElement.prototype, key, { configurable: true, get: () => value });
  }
});
afterAll(() => {
  for (const [key, descriptor] of Object.entries(originals)) {
    if (descriptor) Object.defineProperty(HTMLElement.prototype, key, descriptor);
  }
});

async function rankedDemo(): Promise<{ view: ResultsView; backend: ReturnType<typeof realApi> }> {
  const backend = realApi();
  setApi(backend.api);
  const en = { language: 'en' as const };
  await openDemoOffice(backend.dispatcher, backend.dataDir);
  const ranked = await backend.dispatcher.invoke(
    'results.rank',
    { callId: DEMO_CALL_ID, method: 'mean', fundable: 5 },
    en,
  );
  expect(ranked.ok).toBe(true);
  const view = await backend.dispatcher.invoke('results.view', { callId: DEMO_CALL_ID }, en);
  if (!view.ok) throw new Error(view.message);
  return { view: view.value as ResultsView, backend };
}

function bodyRows(): HTMLElement[] {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('row')
    .filter((row) => row.getAttribute('aria-rowindex') !== null);
}

describe('ranking table', () => {
  beforeEach(async () => {
    await setLanguage('en');
  });

  it('shows every application in rank order with its aggregates and groups', async () => {
    const { view } = await rankedDemo();
    render(<RankingTable view={view} />);
    const rows = bodyRows();
    expect(rows).toHaveLength(12);
    expect(within(rows[0] as HTMLElement).getByRole('button', { name: 'JQ2026-001' })).toBeInTheDocument();
    expect(within(rows[0] as HTMLElement).getByText('Funded')).toBeInTheDocument();
    // The integrity-flagged application is shown, unranked, last.
    expect(within(rows[11] as HTMLElement).getByText('Excluded (integrity)')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /Rank/ })).toHaveAttribute('aria-sort', 'ascending');
    for (const header of [
      'Mean',
      'Median',
      'SD',
      'Range',
      'Weighted',
      'Excellence',
      'Impact',
      'ER',
      'SUCRA',
    ]) {
      expect(screen.getByRole('columnheader', { name: new RegExp(`^${header}`) })).toBeInTheDocument();
    }
  });

  it('sorts by any column, both ways', async () => {
    const { view } = await rankedDemo();
    const user = userEvent.setup();
    render(<RankingTable view={view} />);
    const meanHeader = screen.getByRole('columnheader', { name: /^Mean/ });
    await user.click(within(meanHeader).getByRole('button'));
    const means = () =>
      bodyRows().map((row) => {
        const cells = within(row).getAllByRole('cell');
        const index = [...(meanHeader.parentElement?.children ?? [])].indexOf(meanHeader);
        return cells[index]?.textContent ?? '';
      });
    // Numbers sort largest first on the first click (TanStack's default), then the other way.
    const check = (direction: string | null) => {
      const values = means().map(Number);
      const sorted = [...values].sort((a, b) => (direction === 'ascending' ? a - b : b - a));
      expect(values).toEqual(sorted);
    };
    await waitFor(() => expect(meanHeader.getAttribute('aria-sort')).not.toBe('none'));
    const first = meanHeader.getAttribute('aria-sort');
    check(first);
    await user.click(within(meanHeader).getByRole('button'));
    await waitFor(() => expect(meanHeader.getAttribute('aria-sort')).not.toBe(first));
    check(meanHeader.getAttribute('aria-sort'));
    expect(new Set([first, meanHeader.getAttribute('aria-sort')])).toEqual(
      new Set(['ascending', 'descending']),
    );
  });

  it('renders only the visible rows of a long table', async () => {
    const { view } = await rankedDemo();
    const many: ResultsView = {
      ...view,
      applications: Array.from({ length: 3000 }, (_, i) => ({
        ...(view.applications[i % view.applications.length] as ResultsView['applications'][number]),
        id: `bulk-${i}`,
        referenceNo: `BULK-${String(i).padStart(4, '0')}`,
      })),
    };
    render(<RankingTable view={many} />);
    const rows = bodyRows();
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(80);
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', '3001');
  });
});

describe('results screen', () => {
  it('ranks a call from the form and shows the run', async () => {
    await setLanguage('en');
    const { backend } = await rankedDemo();
    setApi(backend.api);
    const user = userEvent.setup();
    render(<ResultsScreen />);
    expect(await screen.findByRole('heading', { name: 'Results and decisions' })).toBeInTheDocument();
    await user.selectOptions(await screen.findByLabelText('Funding line'), 'fundable');
    const fundable = screen.getByLabelText('Number fundable');
    await user.clear(fundable);
    await user.type(fundable, '3');
    await user.click(
      within(screen.getByRole('form', { name: 'Ranking options' })).getByRole('button', { name: 'Rank' }),
    );
    expect(await screen.findByText(/3 fundable/)).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Decisions' }));
    const idle = screen.getByRole('button', { name: 'Save 0 decisions' });
    expect(idle).toBeDisabled();
    expect(idle).toHaveAccessibleDescription('No decision has changed since the last save.');
    await user.click(screen.getByRole('button', { name: 'Fill in from the ranking' }));
    await user.click(screen.getByRole('button', { name: /^Save \d+ decisions$/ }));
    expect(
      await screen.findByText(/^Saved 12 decisions: 3 fund, 0 reserve list, 9 not fund, 0 cleared\./u),
    ).toHaveTextContent('The call now funds 3 applications');
    await waitFor(async () => {
      const view = await backend.dispatcher.invoke(
        'results.view',
        { callId: DEMO_CALL_ID },
        { language: 'en' },
      );
      expect(view.ok && (view.value as ResultsView).money.funded).toBe(3);
    });
  });

  it('says why ranking, an override or an amount cannot be entered yet', async () => {
    await setLanguage('en');
    const { backend, view } = await rankedDemo();
    setApi(backend.api);
    const user = userEvent.setup();
    render(<ResultsScreen />);
    await user.selectOptions(await screen.findByLabelText('Funding line'), 'fundable');
    const fundable = screen.getByLabelText('Number fundable');
    await user.clear(fundable);
    await user.type(fundable, 'five');
    const rank = within(screen.getByRole('form', { name: 'Ranking options' })).getByRole('button', {
      name: 'Rank',
    });
    expect(rank).toBeDisabled();
    expect(rank).toHaveAccessibleDescription('Enter the number fundable as a whole number.');

    await user.click(screen.getByRole('tab', { name: 'Budgets' }));
    await user.click(screen.getAllByRole('button', { name: 'Set amount…' })[0]!);
    const saveOverride = screen.getByRole('button', { name: 'Save' });
    expect(saveOverride).toBeDisabled();
    expect(saveOverride).toHaveAccessibleDescription('Enter a whole amount in yuan and a reason.');

    await user.click(screen.getByRole('tab', { name: 'Decisions' }));
    const first = view.applications.find((a) => a.ranking?.rank === 1)!;
    const amount = screen.getByRole('textbox', { name: `Amount for ${first.referenceNo}` });
    expect(amount).toBeDisabled();
    expect(amount).toHaveAccessibleDescription('An amount is entered only for fund or reserve list.');
    await user.selectOptions(screen.getByLabelText(`Decision for ${first.referenceNo}`), 'fund');
    expect(amount).toBeEnabled();
  });

  it('opens the comparison of a reference in view, with its reviews side by side and their ratings', async () => {
    await setLanguage('en');
    const { backend, view } = await rankedDemo();
    setApi(backend.api);
    // jsdom does no layout and has no scrollIntoView; record where the screen asks to scroll.
    const scrolled: Element[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
      scrolled.push(this);
    });
    const user = userEvent.setup();
    render(<ResultsScreen />);
    const first = view.applications.find((a) => a.ranking?.rank === 1)!;
    await user.click(await screen.findByRole('button', { name: first.referenceNo }));
    const heading = await screen.findByRole('heading', {
      name: `Reviews of ${first.referenceNo} side by side — ${first.title}`,
    });
    expect(heading).toHaveFocus();
    expect(scrolled).toEqual([heading]);
    const comparison = screen.getByRole('region', { name: heading.textContent ?? '' });
    expect(await within(comparison).findByRole('rowheader', { name: 'Overall score' })).toBeInTheDocument();
    const saveRating = (await within(comparison).findAllByRole('button', { name: 'Save rating' }))[0]!;
    expect(saveRating).toBeDisabled();
    expect(saveRating).toHaveAccessibleDescription('Change the rating or the note first.');
    const [rating] = within(comparison).getAllByRole('combobox', { name: /^Usefulness of the review by / });
    await user.selectOptions(rating!, '3');
    expect(saveRating).toBeEnabled();
    expect(saveRating).not.toHaveAccessibleDescription();
    await user.click(within(comparison).getByRole('button', { name: 'Close the comparison' }));
    expect(screen.queryByRole('heading', { name: heading.textContent ?? '' })).toBeNull();
    Element.prototype.scrollIntoView = original;
  });
});
