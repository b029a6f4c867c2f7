import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { reviewerRequest } from '../../../../test/support/imports/office-kit';
import { importApplicationRows, officeScreenBackend, type Ok } from '../../../../test/support/office-screen';
import { setLanguage } from '../../../i18n/i18n';
import { ConflictsScreen } from './ConflictsScreen';

describe('conflicts screen', () => {
  let ok: Ok;
  let callId: string;
  beforeEach(async () => {
    ({ ok } = await officeScreenBackend());
    const call = await ok('calls.create', {
      template: 'nsfc',
      code: 'C',
      title: { zh: '面上', en: 'General' },
    });
    await importApplicationRows(ok, 'C', [
      'C-1,红树林修复,,,,王芳,广西大学,wf@gxu.edu.cn,,,500000,',
      'C-2,喀斯特碳汇,,,,赵磊,桂林理工大学,zl@glut.edu.cn,,,500000,',
    ]);
    const reviewer = (name: string, email: string, institution: string) =>
      ok('reviewers.create', reviewerRequest(name, email, institution));
    await reviewer('张三', 'zs@gxu.edu.cn', '广西大学');
    await reviewer('李四', 'ls@gxu.edu.cn', '广西大学');
    const chen = await reviewer('陈静', 'cj@nnnu.edu.cn', '南宁师范大学');
    callId = call.id;
    await ok('conflicts.detect', { callId: call.id });
    const c2 = (await ok('applications.list', { callId: 'C', query: 'C-2' })).rows[0]!;
    await ok('conflicts.add', {
      callId: call.id,
      applicationId: c2.id,
      reviewerId: chen.id,
      reason: '近三年合作发表论文',
    });
    await setLanguage('en');
  });

  it('searches by reference number, reviewer and reason, and filters by source', async () => {
    const user = userEvent.setup();
    render(<ConflictsScreen />);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('3 conflicts'));

    await user.type(screen.getByLabelText('Search'), '李四');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 conflict'));
    expect(within(screen.getByRole('table')).getByText('李四')).toBeInTheDocument();
    expect(within(screen.getByRole('table')).queryByText('张三')).toBeNull();

    await user.clear(screen.getByLabelText('Search'));
    await user.type(screen.getByLabelText('Search'), '合作');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 conflict'));
    expect(within(screen.getByRole('table')).getByText('C-2')).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Search'));
    await user.selectOptions(screen.getByLabelText('Source'), 'Detected');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 conflicts'));
    await user.type(screen.getByLabelText('Search'), 'nobody');
    expect(await screen.findByText('No conflicts match the search or filters.')).toBeInTheDocument();
  });

  it('waives a detected conflict with a reason (audited), then undoes it', async () => {
    const user = userEvent.setup();
    const conflictCount = async () =>
      (await ok('applications.list', { callId, query: 'C-1' })).rows[0]?.conflictCount;
    expect(await conflictCount()).toBe(2);
    render(<ConflictsScreen />);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('3 conflicts'));
    await user.type(screen.getByLabelText('Search'), '张三');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 conflict'));
    // An officer's own conflict has no waiver, only removal; a detected one has a waiver.
    await user.click(within(screen.getByRole('table')).getByRole('button', { name: 'Waive' }));

    const form = screen.getByRole('group', { name: 'Waive the conflict between C-1 and 张三' });
    const confirm = within(form).getByRole('button', { name: 'Waive conflict' });
    expect(confirm).toBeDisabled();
    expect(confirm).toHaveAccessibleDescription('Give a reason to waive the conflict.');
    await user.type(within(form).getByRole('textbox', { name: /Reason for the waiver/ }), '不同学院，无合作');
    await user.click(confirm);

    expect(await screen.findByText('Conflict between C-1 and 张三 waived.')).toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(await within(table).findByText('waived')).toBeInTheDocument();
    expect(await conflictCount()).toBe(1);
    const [waived] = await ok('audit.list', { area: 'conflicts' });
    expect(waived).toMatchObject({
      action: 'conflicts.waive',
      details: { referenceNo: 'C-1', reviewer: '张三', reason: '不同学院，无合作' },
    });

    await user.click(within(table).getByRole('button', { name: 'Undo waiver' }));
    expect(await screen.findByText('Waiver undone: C-1 and 张三 are conflicted again.')).toBeInTheDocument();
    await waitFor(() => expect(within(screen.getByRole('table')).queryByText('waived')).toBeNull());
    expect(await conflictCount()).toBe(2);
    const [undone] = await ok('audit.list', { area: 'conflicts' });
    expect(undone).toMatchObject({
      action: 'conflicts.unwaive',
      details: { waivedReason: '不同学院，无合作' },
    });
  });
});
