import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { realApi } from '../../../../test/dom-api';
import { DEMO_CALL_ID, openDemoOffice } from '../../../../test/results-demo';
import { setApi } from '../../../api/api';
import { setLanguage } from '../../../i18n/i18n';
import { ReviewsSideBySide } from '../results/ReviewsSideBySide';
import { ReviewerRecordScreen } from './ReviewerRecordScreen';

const en = { language: 'en' as const };

async function demoOffice() {
  const backend = realApi();
  setApi(backend.api);
  await openDemoOffice(backend.dispatcher, backend.dataDir);
  const ranked = await backend.dispatcher.invoke(
    'results.rank',
    { callId: DEMO_CALL_ID, method: 'mean' },
    en,
  );
  if (!ranked.ok) throw new Error(ranked.message);
  return backend;
}

describe('reviewer record screen', () => {
  beforeEach(async () => {
    await setLanguage('en');
  });

  it('lists reviewers with credit beside its weights, shows one reviewer per call and takes notes', async () => {
    const backend = await demoOffice();
    const user = userEvent.setup();
    render(<ReviewerRecordScreen />);
    expect(await screen.findByRole('heading', { name: 'Reviewer record' })).toBeInTheDocument();
    expect(
      await screen.findByText(/weights: completion 1 · on time 1 · agreement 1 · usefulness 1 · balance 1/),
    ).toBeInTheDocument();
    expect(screen.getByText('Credit score', { selector: 'abbr' })).toHaveAttribute(
      'title',
      expect.stringMatching(/^The credit score \(0 to 100\) sums up a reviewer’s record.*\(completion 1 · /),
    );
    await user.click(screen.getByRole('button', { name: '张教授' }));
    const calls = screen.getByRole('region', { name: 'The reviewer’s figures per call' });
    expect(within(calls).getByText('JQ-2026')).toBeInTheDocument();

    const addNote = screen.getByRole('button', { name: 'Add note' });
    expect(addNote).toBeDisabled();
    expect(addNote).toHaveAccessibleDescription('Write the note first.');
    await user.type(screen.getByLabelText(/^New note/), '按时完成，意见详实');
    await user.click(addNote);
    expect(await screen.findByText(/按时完成，意见详实/)).toBeInTheDocument();

    const weights = screen.getByRole('form', { name: 'Weights of the credit score' });
    const completion = within(weights).getByLabelText(/^completion/);
    await user.clear(completion);
    const save = within(weights).getByRole('button', { name: 'Save weights' });
    expect(save).toBeDisabled();
    expect(save).toHaveAccessibleDescription('Each weight must be a number from 0 to 100.');
    await user.type(completion, '3');
    await user.click(save);
    // The list and the open reviewer both show the new weights beside their scores.
    expect(await screen.findAllByText(/weights: completion 3 · on time 1/)).toHaveLength(2);
    const stored = await backend.dispatcher.invoke('reviewerRecord.list', {}, en);
    expect(stored.ok && stored.value.weights.completion).toBe(3);
  });

  it('saves a reviewer’s letter of thanks as a PDF in the language chosen', async () => {
    const backend = await demoOffice();
    const user = userEvent.setup();
    // jsdom makes no object URLs: keep the file the screen hands to the browser instead.
    const saved: Blob[] = [];
    const browser = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
    onTestFinished(() => {
      URL.createObjectURL = browser.create;
      URL.revokeObjectURL = browser.revoke;
    });
    URL.createObjectURL = vi.fn((blob: Blob) => {
      saved.push(blob);
      return 'blob:letter';
    });
    URL.revokeObjectURL = vi.fn();
    render(<ReviewerRecordScreen />);
    await user.click(await screen.findByRole('button', { name: 'Prof. Smith' }));
    await user.selectOptions(screen.getByLabelText('Letter language'), 'zh-CN');
    await user.click(screen.getByRole('button', { name: 'Letter of thanks (PDF)' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.type).toBe('application/pdf');
    const audit = await backend.dispatcher.invoke('audit.list', { query: 'reviewerRecord.letter' }, en);
    expect(audit.ok && audit.value.map((row) => row.details)).toEqual([
      expect.objectContaining({ language: 'zh-CN' }),
    ]);
  });

  it('rates a review’s usefulness in the review comparison and counts it in the record', async () => {
    const backend = await demoOffice();
    const user = userEvent.setup();
    render(<ReviewsSideBySide callId={DEMO_CALL_ID} applicationId="app-01" recommendations={[]} />);
    const rating = (await screen.findAllByLabelText(/^Usefulness of the review by/))[0] as HTMLSelectElement;
    const reviewer = (rating.labels?.[0]?.querySelector('.visually-hidden')?.textContent ?? '').replace(
      'Usefulness of the review by ',
      '',
    );
    expect(reviewer).not.toBe('');
    await user.selectOptions(rating, '4');
    await user.type(screen.getByLabelText(`Note on the review by ${reviewer}`), '很具体');
    const row = rating.closest('.quality-rating') as HTMLElement;
    await user.click(within(row).getByRole('button', { name: 'Save rating' }));
    await waitFor(async () => {
      const list = await backend.dispatcher.invoke('reviewerRecord.list', {}, en);
      const record = list.ok ? list.value.reviewers.find((r) => r.name === reviewer) : undefined;
      expect(record?.calls[0]?.meanRating).toBe(4);
    });
  });
});
