import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  captureDownloads,
  importApplicationRows,
  officeScreenBackend,
} from '../../../../test/support/office-screen';
import { setLanguage } from '../../../i18n/i18n';
import { RemindersPanel } from './RemindersPanel';

const header = 'reference_no,title,pi_name,institution,requested_total';

describe('reminders panel', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says why it cannot write yet, then saves one e-mail per overdue reviewer', async () => {
    const { ok } = await officeScreenBackend();
    // The test clock reads 2026-11-27; reviews were due a week before.
    const call = await ok('calls.create', {
      template: 'nsfc',
      code: 'C',
      title: { zh: '面上', en: 'General' },
      reviewDueAt: '2026-11-20',
    });
    await importApplicationRows(ok, 'C', ['C-1,红树林修复,王芳,广西大学,500000'], header);
    const reviewer = await ok('reviewers.create', {
      name: '陈静',
      email: 'cj@nnnu.edu.cn',
      institution: '南宁师范大学',
      expertise: [],
      languages: ['zh-CN'],
      collaborators: [],
      maxLoad: 5,
    });
    const [application] = (await ok('applications.list', { callId: 'C' })).rows;
    await ok('assignments.set', {
      callId: call.id,
      applicationId: application!.id,
      reviewerId: reviewer.id,
      assigned: true,
    });
    const saved = captureDownloads();
    await setLanguage('en');
    const user = userEvent.setup();
    render(<RemindersPanel callId={call.id} overdueReviewers={1} />);

    const write = screen.getByRole('button', { name: 'Write reminders' });
    expect(write).toBeDisabled();
    expect(write).toHaveAccessibleDescription('Enter the e-mail address the reminders come from.');
    await user.type(screen.getByLabelText('Your e-mail address'), 'office@kjt.gxzf.gov.cn');
    await user.click(write);
    expect(
      await screen.findByText('Reminder for 1 reviewer saved as “reminders-C.zip” in your downloads folder.'),
    ).toBeInTheDocument();
    const files = unzipSync(new Uint8Array(await saved[0]!.arrayBuffer()));
    expect(Object.keys(files)).toEqual(['001-陈静.eml']);
  });

  it('says so when nobody is overdue', async () => {
    await setLanguage('zh-CN');
    render(<RemindersPanel callId="none" overdueReviewers={0} />);
    expect(screen.getByRole('button', { name: '生成催审邮件' })).toHaveAccessibleDescription(
      '没有逾期的评审专家。',
    );
  });
});
