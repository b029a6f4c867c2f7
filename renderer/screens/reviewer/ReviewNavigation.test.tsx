import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildFixturePackage, completeDraft, jieqingFixtureRubric } from '../../../test/reviewer-package';
import { realApi } from '../../../test/dom-api';
import { setApi } from '../../api/api';
import { setLanguage } from '../../i18n/i18n';
import { Inbox } from './Inbox';
import { useReviewerStore } from './reviewer-store';

let backend: ReturnType<typeof realApi>;

async function invoke(channel: string, request: unknown) {
  const result = await backend.dispatcher.invokeRaw(channel, request, { language: 'en' });
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

const heading = (reference: string) =>
  screen.findByRole('heading', { level: 1, name: new RegExp(`^${reference}`) });

describe('moving through the work', () => {
  beforeEach(async () => {
    backend = realApi();
    setApi(backend.api);
    window.localStorage.clear();
    useReviewerStore.setState({
      applicationId: null,
      pendingSave: null,
      leaveGuard: null,
      queue: [],
      justSubmitted: null,
    });
    await setLanguage('en');
  });

  it('steps with previous / next and J / K, lists the shortcuts on ?, and goes on after a submit', async () => {
    const user = userEvent.setup();
    // Due 2026-11-25: the app's clock (2026-11-27) puts every open review past due.
    const pkg = await buildFixturePackage({ category: 'lump-sum', dueAt: '2026-11-25T16:00:00.000Z' });
    await invoke('reviewer.openPackage', { source: { bytes: pkg.bytes }, passphrase: pkg.passphrase });
    await invoke('reviewer.saveDraft', {
      applicationId: 'GX-JQ-2026-002',
      draft: completeDraft(jieqingFixtureRubric()),
    });
    render(<Inbox />);
    expect(await screen.findByText('3 overdue')).toBeInTheDocument();
    expect(screen.getAllByText('Overdue')).toHaveLength(3);

    await user.click(screen.getByRole('button', { name: 'Open GX-JQ-2026-001' }));
    await heading('GX-JQ-2026-001');
    expect(await screen.findByText('1 of 3')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Previous/ })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: /Next/ }));
    await heading('GX-JQ-2026-002');
    await user.keyboard('k');
    await heading('GX-JQ-2026-001');
    await user.keyboard('j');
    await heading('GX-JQ-2026-002');

    await user.keyboard('?');
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(help).getByText('Next application')).toBeInTheDocument();
    expect(within(help).getByText('Submit the review')).toBeInTheDocument();
    await user.click(within(help).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();

    // 2 picks the second criterion; the arrow keys then pick its level.
    await user.keyboard('2');
    const plan = screen.getByRole('radiogroup', {
      name: /^Originality and feasibility of the research plan/,
    });
    expect(plan).toContainElement(document.activeElement as HTMLElement);

    await user.keyboard('{Control>}{Enter}{/Control}');
    await heading('GX-JQ-2026-003');
    expect(
      screen.getByText('GX-JQ-2026-002 was submitted. This is the next application still open.'),
    ).toBeInTheDocument();
    expect(
      (
        (await invoke('reviewer.application', { applicationId: 'GX-JQ-2026-002' })) as {
          review: { content: { status: string } };
        }
      ).review.content.status,
    ).toBe('submitted');
  }, 40_000);

  it('shows my scores side by side, unscored as —', async () => {
    const user = userEvent.setup();
    const pkg = await buildFixturePackage({ category: 'lump-sum' });
    await invoke('reviewer.openPackage', { source: { bytes: pkg.bytes }, passphrase: pkg.passphrase });
    const draft = completeDraft(jieqingFixtureRubric());
    await invoke('reviewer.saveDraft', { applicationId: 'GX-JQ-2026-001', draft });
    await invoke('reviewer.saveDraft', { applicationId: 'GX-JQ-2026-003', draft: { scores: { plan: 3 } } });
    render(<Inbox />);
    await user.click(await screen.findByRole('button', { name: 'My scores' }));
    const table = screen.getByRole('table', { name: /My scores in GX-JQ-2026/ });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    const third = within(table).getByRole('row', { name: /GX-JQ-2026-003/ });
    expect(
      within(third)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toContain('3');
    expect(within(third).getAllByText('—').length).toBeGreaterThan(1);
    await waitFor(() => expect(within(table).getAllByRole('columnheader').length).toBeGreaterThan(4));
  }, 30_000);
});
