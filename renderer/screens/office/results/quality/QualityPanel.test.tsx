import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ResultsView } from '../../../../../shared/contract/results';
import { realApi } from '../../../../../test/dom-api';
import { DEMO_CALL_ID, openDemoOffice } from '../../../../../test/results-demo';
import { setApi } from '../../../../api/api';
import { setLanguage } from '../../../../i18n/i18n';
import { ResultsScreen } from '../ResultsScreen';
import { QualityPanel } from './QualityPanel';

const en = { language: 'en' as const };

async function rankedDemo(fundable: number | null) {
  const backend = realApi();
  setApi(backend.api);
  await openDemoOffice(backend.dispatcher, backend.dataDir);
  const ranked = await backend.dispatcher.invoke(
    'results.rank',
    { callId: DEMO_CALL_ID, method: 'mean', ...(fundable === null ? {} : { fundable }) },
    en,
  );
  if (!ranked.ok) throw new Error(ranked.message);
  const view = await backend.dispatcher.invoke('results.view', { callId: DEMO_CALL_ID }, en);
  if (!view.ok) throw new Error(view.message);
  const quality = await backend.dispatcher.invoke(
    'quality.call',
    { callId: DEMO_CALL_ID, method: 'mean', ...(fundable === null ? {} : { fundable }) },
    en,
  );
  if (!quality.ok) throw new Error(quality.message);
  return { view: view.value as ResultsView, quality: quality.value, backend };
}

function factValue(label: string): string {
  const term = screen.getByText(label, { selector: 'dt' });
  return term.parentElement?.querySelector('.quality-value')?.textContent ?? '';
}

describe('review quality tab', () => {
  beforeEach(async () => {
    await setLanguage('en');
  });

  it('shows alpha, ICC and reviewers needed as the handler computes them, each explained', async () => {
    const { view, quality } = await rankedDemo(5);
    render(<QualityPanel view={view} />);
    await screen.findByText('Krippendorff’s alpha (interval)');
    const { alpha, icc1, reviewersFor } = quality.summary;
    expect(alpha.interval).not.toBeNull();
    expect(factValue('Krippendorff’s alpha (interval)')).toBe((alpha.interval as number).toFixed(3));
    expect(factValue('ICC (single review)')).toBe((icc1 as number).toFixed(3));
    expect(factValue('Reviewers needed for 0.7')).toBe(String(reviewersFor['0.7'] ?? 'not reachable'));
    const ci = alpha.ci90 as [number, number];
    expect(factValue('90 % interval of alpha')).toBe(`${ci[0].toFixed(3)} – ${ci[1].toFixed(3)}`);
    expect(
      screen.getByText(/reviewers agree on the same applications beyond what chance/),
    ).toBeInTheDocument();
    expect(screen.getByText(/reliability of a single review/)).toBeInTheDocument();
  });

  it('lists the discordant application and groups funded shares beside the 50 % groups', async () => {
    const { view, quality } = await rankedDemo(5);
    render(<QualityPanel view={view} />);
    const discordant = quality.summary.applications.filter((a) => a.discordant);
    // The demo's dissenting review (JQ2026-010) is the one the rule must catch.
    expect(discordant.map((a) => quality.details.labels[a.application])).toContain('JQ2026-010');
    const section = (await screen.findByRole('heading', { name: 'Discordant applications' })).closest(
      'section',
    );
    expect(within(section as HTMLElement).getByText('JQ2026-010')).toBeInTheDocument();

    const table = screen.getByRole('table', { name: /Funded share and stability/ });
    const rows = within(table).getAllByRole('row').slice(1);
    const shared = quality.summary.applications.filter((a) => a.fundedShare !== null);
    expect(rows).toHaveLength(shared.length);
    const first = within(rows[0] as HTMLElement).getAllByRole('cell');
    expect(first[2]?.textContent).toBe('always');
    expect(first[3]?.textContent).toBe('Funded');
    expect(screen.getByRole('img', { name: /Funded share of each application/ })).toBeInTheDocument();
  });

  it('says a funding line is needed when the run has none', async () => {
    const { view } = await rankedDemo(null);
    render(<QualityPanel view={view} />);
    expect(await screen.findByText(/Rank the call with a funding line/)).toBeInTheDocument();
  });

  it('opens from the Results tabs in Chinese and explains PCER, SUCRA and R-hat on the ranking', async () => {
    const { backend } = await rankedDemo(5);
    setApi(backend.api);
    await setLanguage('zh-CN');
    const user = userEvent.setup();
    render(<ResultsScreen />);
    const pcer = await screen.findByText('PCER', { selector: 'abbr' });
    expect(pcer).toHaveAttribute('title', expect.stringMatching(/期望排名/));
    expect(screen.getByText('SUCRA', { selector: 'abbr' })).toHaveAttribute(
      'title',
      expect.stringMatching(/胜过/),
    );
    await user.click(screen.getByRole('tab', { name: '评审质量' }));
    expect(await screen.findByText('Krippendorff α 系数（等距）')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '意见分歧的申请书' })).toBeInTheDocument();
  });

  it('explains R-hat, leniency, funded share and stability where they are shown, in both languages', async () => {
    const backend = realApi();
    setApi(backend.api);
    await openDemoOffice(backend.dispatcher, backend.dataDir);
    const ranked = await backend.dispatcher.invoke(
      'results.rank',
      { callId: DEMO_CALL_ID, method: 'bayes', fundable: 5 },
      en,
    );
    if (!ranked.ok) throw new Error(ranked.message);
    const user = userEvent.setup();
    for (const [language, rhat, leniency, funded] of [
      [
        'en',
        /independent runs of the model agree/,
        /more generously than the other reviewers/,
        /above the funding line/,
      ],
      ['zh-CN', /独立抽样链/, /打分比其他专家宽松/, /资助线以内/],
    ] as const) {
      await setLanguage(language);
      const { unmount } = render(<ResultsScreen />);
      const rhatLabel = await screen.findByText(/R-hat|R̂/, { selector: 'abbr' });
      expect(rhatLabel).toHaveAttribute('title', expect.stringMatching(rhat));
      await user.click(
        screen.getByRole('tab', { name: language === 'en' ? 'Reviewer leniency' : '专家宽严度' }),
      );
      const header = screen.getAllByRole('columnheader').find((th) => th.getAttribute('title'));
      expect(header).toHaveAttribute('title', expect.stringMatching(leniency));
      await user.click(screen.getByRole('tab', { name: language === 'en' ? 'Review quality' : '评审质量' }));
      const table = await screen.findByRole('table', { name: language === 'en' ? /Funded share/ : /资助/ });
      const titled = within(table)
        .getAllByRole('columnheader')
        .map((th) => th.getAttribute('title') ?? '');
      expect(titled.some((title) => funded.test(title))).toBe(true);
      unmount();
    }
  });
});
