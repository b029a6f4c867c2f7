import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildFixturePackage, type FixturePackage } from '../../../test/reviewer-package';
import { realApi } from '../../../test/dom-api';
import { setApi } from '../../api/api';
import { setLanguage } from '../../i18n/i18n';
import { useAppStore } from '../../store/app-store';
import { ApplicationReview } from './ApplicationReview';
import { useReviewerStore } from './reviewer-store';

let backend: ReturnType<typeof realApi>;

async function openPackage(pkg: FixturePackage): Promise<void> {
  const opened = await backend.dispatcher.invoke(
    'reviewer.openPackage',
    { source: { bytes: pkg.bytes }, passphrase: pkg.passphrase },
    { language: 'en' },
  );
  if (!opened.ok) throw new Error(opened.message);
  const info = await backend.dispatcher.invoke('app.info', {}, { language: 'en' });
  if (!info.ok) throw new Error(info.message);
  useAppStore.setState({ workspace: info.value.workspace });
}

async function stored(applicationId: string) {
  const read = await backend.dispatcher.invoke('reviewer.application', { applicationId }, { language: 'en' });
  if (!read.ok) throw new Error(read.message);
  return read.value.review;
}

const savedState = () =>
  waitFor(() => expect(screen.getByTestId('save-state')).toHaveTextContent(/^Saved/), { timeout: 4000 });

describe('the scoring form', () => {
  beforeEach(async () => {
    backend = realApi();
    setApi(backend.api);
    window.localStorage.clear();
    useReviewerStore.setState({ applicationId: null, pendingSave: null, leaveGuard: null });
    await setLanguage('en');
  });

  it('shows an untouched challenge-call criterion as unscored and lets 0 be picked first', async () => {
    const user = userEvent.setup();
    await openPackage(await buildFixturePackage({ category: 'challenge' }));
    render(
      <ApplicationReview applicationId="GX-JB-2026-001" onClose={() => undefined} onOpen={() => undefined} />,
    );
    const solution = await screen.findByRole('radiogroup', { name: /^Technical solution/ });
    for (const radio of within(solution).getAllByRole('radio')) expect(radio).not.toBeChecked();

    const zero = within(solution).getByRole('radio', { name: /\(0\)/ });
    await user.click(zero);
    expect(zero).toBeChecked();
    await savedState();
    expect((await stored('GX-JB-2026-001'))?.content.scores).toEqual({ solution: 0 });

    await user.click(screen.getByRole('button', { name: 'Submit review' }));
    expect(solution).not.toHaveAttribute('aria-invalid');
    const targets = screen.getByRole('radiogroup', { name: /^Ability to deliver the challenge targets/ });
    expect(targets).toHaveAttribute('aria-invalid', 'true');
  }, 30_000);

  it('counts against the limit, cuts an over-long paste with a notice, and saves every other field', async () => {
    const user = userEvent.setup();
    await openPackage(await buildFixturePackage({ category: 'lump-sum' }));
    render(
      <ApplicationReview applicationId="GX-JQ-2026-001" onClose={() => undefined} onOpen={() => undefined} />,
    );
    const plan = await screen.findByRole('radiogroup', {
      name: /^Originality and feasibility of the research plan/,
    });
    await user.click(within(plan).getByRole('radio', { name: /^C Good/ }));
    const strengths = screen.getByRole('textbox', { name: /^Main strengths/ });
    expect(strengths).toHaveAttribute('maxLength', '20000');
    await user.type(strengths, '思路清晰');
    expect(screen.getByText('4 / 20000 · at least 50')).toBeInTheDocument();

    const pasted = '评'.repeat(22_500);
    await user.click(strengths);
    await user.paste(pasted);
    await waitFor(() => expect((strengths as HTMLTextAreaElement).value).toHaveLength(20_000));
    expect(
      screen.getByText(/cut to fit the limit of 20000 characters: 2504 characters were left out/),
    ).toBeInTheDocument();
    expect(screen.getByText('20000 / 20000 · at least 50')).toBeInTheDocument();
    await savedState();
    const review = await stored('GX-JQ-2026-001');
    expect(review?.content.scores).toEqual({ plan: 3 });
    expect(review?.content.comments.strengths).toHaveLength(20_000);
  }, 30_000);

  it('keeps what was typed on this computer until the server has it, warns on close, restores it', async () => {
    await openPackage(await buildFixturePackage({ category: 'lump-sum' }));
    // The transport is down: every autosave fails (the workspace file itself is real).
    setApi({
      invoke: (channel, request, options) =>
        channel === 'reviewer.saveDraft'
          ? Promise.resolve({ ok: false, code: 'errors.transport', message: 'offline' })
          : backend.api.invoke(channel, request, options),
    } as typeof backend.api);
    const first = render(
      <ApplicationReview applicationId="GX-JQ-2026-001" onClose={() => undefined} onOpen={() => undefined} />,
    );
    const weaknesses = await screen.findByRole('textbox', { name: /^Main weaknesses/ });
    fireEvent.change(weaknesses, { target: { value: '样本量偏小' } });
    const closing = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(closing);
    expect(closing.defaultPrevented).toBe(true);
    await waitFor(() => expect(screen.getByTestId('save-state')).toHaveTextContent(/^Not saved/));
    first.unmount();
    await act(async () => {
      await useReviewerStore.getState().pendingSave;
    });
    expect(await stored('GX-JQ-2026-001')).toBeNull();

    // A reload with the transport back: the text is there again, said so, and saved.
    setApi(backend.api);
    render(
      <ApplicationReview applicationId="GX-JQ-2026-001" onClose={() => undefined} onOpen={() => undefined} />,
    );
    expect(await screen.findByRole('textbox', { name: /^Main weaknesses/ })).toHaveValue('样本量偏小');
    expect(screen.getByText(/were restored from this computer/)).toBeInTheDocument();
    await savedState();
    expect((await stored('GX-JQ-2026-001'))?.content.comments.weaknesses).toBe('样本量偏小');
    expect(Object.keys(window.localStorage).filter((key) => key.startsWith('peerdesk.review-draft'))).toEqual(
      [],
    );
    const clean = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(clean);
    expect(clean.defaultPrevented).toBe(false);
  }, 30_000);

  it('saves the moment the window is hidden', async () => {
    await openPackage(await buildFixturePackage({ category: 'lump-sum' }));
    render(
      <ApplicationReview applicationId="GX-JQ-2026-001" onClose={() => undefined} onOpen={() => undefined} />,
    );
    const weaknesses = await screen.findByRole('textbox', { name: /^Main weaknesses/ });
    fireEvent.change(weaknesses, { target: { value: '经费测算偏粗' } });
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await savedState();
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    expect((await stored('GX-JQ-2026-001'))?.content.comments.weaknesses).toBe('经费测算偏粗');
  }, 30_000);
});
