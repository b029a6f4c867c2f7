import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName, RequestOf, ResponseOf } from '../../../../shared/contract';
import { realApi } from '../../../../test/dom-api';
import { setApi } from '../../../api/api';
import { setLanguage } from '../../../i18n/i18n';
import { ConflictsScreen } from './ConflictsScreen';

const header =
  'reference_no,title,abstract,keywords,discipline,pi_name,institution,email,team,duration_months,requested_total,budget_lines';

describe('conflicts screen', () => {
  beforeEach(async () => {
    const backend = realApi();
    setApi(backend.api);
    const ok = async <C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> => {
      const result = await backend.dispatcher.invoke(channel, request, { language: 'en' });
      if (!result.ok) throw new Error(`${channel}: ${result.message}`);
      return result.value;
    };
    await ok('workspace.create', {
      name: 'Office',
      role: 'office',
      path: path.join(backend.dataDir, 'o.sqlite'),
    });
    const call = await ok('calls.create', {
      template: 'nsfc',
      code: 'C',
      title: { zh: '面上', en: 'General' },
    });
    const csv = [
      header,
      'C-1,红树林修复,,,,王芳,广西大学,wf@gxu.edu.cn,,,500000,',
      'C-2,喀斯特碳汇,,,,赵磊,桂林理工大学,zl@glut.edu.cn,,,500000,',
    ].join('\n');
    await ok('applications.import', {
      callId: 'C',
      file: { name: 'a.csv', bytes: new Uint8Array(Buffer.from(csv, 'utf8')) },
    });
    const reviewer = async (name: string, email: string, institution: string) =>
      ok('reviewers.create', {
        name,
        email,
        institution,
        expertise: [],
        languages: [],
        collaborators: [],
        maxLoad: 5,
      });
    await reviewer('张三', 'zs@gxu.edu.cn', '广西大学');
    await reviewer('李四', 'ls@gxu.edu.cn', '广西大学');
    const chen = await reviewer('陈静', 'cj@nnnu.edu.cn', '南宁师范大学');
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
});
