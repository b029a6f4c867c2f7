import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ScoredCriterion } from '../../../../shared/domain/rubric';
import {
  issuePackages,
  officeScreenBackend,
  type OfficeBackend,
  type Ok,
} from '../../../../test/support/office-screen';
import { setLanguage } from '../../../i18n/i18n';
import { RubricEditor } from './RubricEditor';

describe('RubricEditor', () => {
  let backend: OfficeBackend;
  let invoke: Ok;
  let callId: string;

  const rubric = async (version?: number) => (await invoke('calls.getRubric', { callId, version })).rubric;
  const criterionBox = (name: RegExp) => screen.getByRole('group', { name });

  beforeEach(async () => {
    backend = await officeScreenBackend();
    invoke = backend.ok;
    await setLanguage('en');
    const call = await invoke('calls.create', {
      template: 'horizon-europe',
      code: 'HE-2026',
      title: { zh: '地平线', en: 'Horizon' },
    });
    callId = call.id;
  });

  // The Horizon Europe rubric has 33 levels with bilingual descriptors: a big form for jsdom.
  it('shows problems while typing, blocks saving until they are fixed, then saves in place', async () => {
    const user = userEvent.setup();
    render(<RubricEditor callId={callId} onClose={() => undefined} />);
    const excellence = await screen.findByRole('group', { name: /Criterion 1: 卓越性/ });
    const threshold = within(excellence).getByLabelText('Threshold (empty = none)');
    expect(threshold).toHaveValue(3);

    fireEvent.change(threshold, { target: { value: '3.25' } });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Fix 1 problem before saving');
    expect(alert).toHaveTextContent(
      'Criterion 1: 卓越性 › threshold: The threshold must be a value on the scale.',
    );
    const save = screen.getByRole('button', { name: 'Save' });
    expect(save).toBeDisabled();

    fireEvent.change(threshold, { target: { value: '3.5' } });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(save);
    expect(await screen.findByText('Saved (version 1).')).toBeInTheDocument();
    expect(((await rubric()).criteria[0] as ScoredCriterion).threshold).toBe(3.5);
  }, 30_000);

  it('edits labels, levels and criteria and reports an empty required value', async () => {
    const user = userEvent.setup();
    render(<RubricEditor callId={callId} onClose={() => undefined} />);
    const impact = await screen.findByRole('group', { name: /Criterion 2: 影响/ });
    const english = within(impact).getByLabelText('Label (English)');
    fireEvent.change(english, { target: { value: 'Impact and uptake' } });
    fireEvent.change(within(impact).getByLabelText('Weight'), { target: { value: '' } });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Criterion 2: 影响 › weight: Missing or not a valid value.',
    );
    fireEvent.change(within(impact).getByLabelText('Weight'), { target: { value: '1.5' } });

    await user.click(screen.getByRole('button', { name: 'Add criterion' }));
    const added = criterionBox(/Criterion 4: criterion-4/);
    fireEvent.change(within(added).getByLabelText('Label (中文)'), { target: { value: '伦理' } });
    await user.selectOptions(within(added).getByLabelText('Type'), 'choice');
    const options = within(criterionBox(/Criterion 4: 伦理/)).getAllByLabelText('Identifier', {
      selector: '.option-row input',
    });
    expect(options.map((input) => (input as HTMLInputElement).value)).toEqual(['yes', 'no']);

    const implementation = criterionBox(/Criterion 3/);
    await user.click(within(implementation).getByLabelText('Named levels (only these values can be given)'));
    expect(within(implementation).queryByRole('table')).not.toBeInTheDocument();
    await user.click(within(implementation).getByLabelText('Named levels (only these values can be given)'));
    expect(within(implementation).getAllByRole('row')).toHaveLength(12);

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved (version 1).')).toBeInTheDocument();
    const saved = await rubric();
    expect(saved.criteria.map((criterion) => criterion.id)).toEqual([
      'excellence',
      'impact',
      'implementation',
      'criterion-4',
    ]);
    expect(saved.criteria[1]).toMatchObject({ label: { en: 'Impact and uptake' }, weight: 1.5 });
    expect(saved.criteria[3]).toMatchObject({ type: 'choice', label: { zh: '伦理' } });
  }, 30_000);

  /** Issues packages the way the office does: a reviewer, an application, an assignment, an export. */
  it('after packages were issued, saves a new version and says to re-issue', async () => {
    await issuePackages(backend, callId);
    const user = userEvent.setup();
    render(<RubricEditor callId={callId} onClose={() => undefined} />);
    expect(await screen.findByText(/Packages were issued with the current version/)).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Total threshold (empty = none)'), { target: { value: '11' } });
    await user.click(screen.getByRole('button', { name: 'Save as version 2' }));
    expect(
      await screen.findByText('Saved as version 2. Issue the assignment packages again so reviewers get it.'),
    ).toBeInTheDocument();
    expect((await rubric(1)).totalThreshold).toBe(10);
    expect((await rubric()).totalThreshold).toBe(11);
    expect(screen.getByRole('button', { name: 'Save as version 3' })).toBeInTheDocument();
  }, 30_000);
});
