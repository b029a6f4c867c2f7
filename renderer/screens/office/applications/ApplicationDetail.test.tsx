import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ResponseOf } from '../../../../shared/contract';
import {
  demoOfficeBackend,
  importApplicationRows,
  officeScreenBackend,
  type OfficeBackend,
  type Ok,
} from '../../../../test/support/office-screen';
import { setLanguage } from '../../../i18n/i18n';
import { ApplicationDetail } from './ApplicationDetail';

/** An office with call W and its one application, W-1. */
async function oneApplication(): Promise<{ backend: OfficeBackend; applicationId: string }> {
  const backend = await officeScreenBackend();
  await backend.ok('calls.create', { template: 'nsfc', code: 'W', title: { zh: '面上', en: 'General' } });
  await importApplicationRows(backend.ok, 'W', ['W-1,红树林修复,,,,王芳,广西大学,wf@gxu.edu.cn,,,500000,']);
  const applicationId = (await backend.ok('applications.list', { callId: 'W' })).rows[0]!.id;
  return { backend, applicationId };
}

describe('application detail', () => {
  let ok: Ok;
  let applicationId: string;
  beforeEach(async () => {
    ({
      backend: { ok },
      applicationId,
    } = await oneApplication());
    await setLanguage('zh-CN');
  });

  it('withdraws with a reason; without one the button is disabled and says why', async () => {
    const user = userEvent.setup();
    render(<ApplicationDetail applicationId={applicationId} onBack={() => undefined} />);
    await user.click(await screen.findByRole('button', { name: '撤回申请书…' }));
    const confirm = screen.getByRole('button', { name: '确认撤回' });
    expect(confirm).toBeDisabled();
    expect(confirm).toHaveAccessibleDescription('请填写撤回原因。');

    await user.type(screen.getByRole('textbox', { name: /撤回原因/ }), '申请人书面申请撤回');
    expect(confirm).toBeEnabled();
    await user.click(confirm);
    expect(await screen.findByText('已撤回')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '撤回申请书…' })).toBeNull();
    const edit = screen.getByRole('button', { name: '修改…' });
    expect(edit).toBeDisabled();
    expect(edit).toHaveAccessibleDescription('已撤回的申请书不能修改。');
    const [entry] = await ok('audit.list', { area: 'applications' });
    expect(entry).toMatchObject({
      action: 'applications.withdraw',
      details: { reason: '申请人书面申请撤回' },
    });
  });
});

describe('editing an application', () => {
  let backend: OfficeBackend;
  let ok: Ok;
  let applicationId: string;
  beforeEach(async () => {
    ({ backend, applicationId } = await oneApplication());
    ok = backend.ok;
    await setLanguage('en');
  });

  it('checks each field in words, saves the corrections, audits old and new values and finds the new PI', async () => {
    const user = userEvent.setup();
    render(<ApplicationDetail applicationId={applicationId} onBack={() => undefined} />);
    await user.click(await screen.findByRole('button', { name: 'Edit…' }));
    const pi = screen.getByRole('textbox', { name: /^Principal investigator/u });
    await user.clear(pi);
    const total = screen.getByRole('textbox', { name: /^Requested total \(yuan\)/u });
    await user.clear(total);
    await user.type(total, '12万');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Required.')).toBeInTheDocument();
    expect(screen.getByText('Enter the amount in yuan as a whole number.')).toBeInTheDocument();
    expect((await ok('applications.get', { applicationId })).piName).toBe('王芳');

    await user.type(pi, '李娜');
    await user.clear(total);
    await user.type(total, '600,000');
    await user.click(screen.getByRole('checkbox', { name: 'English' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Application saved: 3 fields changed.')).toBeInTheDocument();
    expect(await screen.findByText('李娜')).toBeInTheDocument();

    expect(await ok('applications.get', { applicationId })).toMatchObject({
      piName: '李娜',
      requestedTotal: 600000,
      languages: ['en'],
    });
    expect((await ok('applications.list', { callId: 'W', query: '李娜' })).total).toBe(1);
    const [entry] = await ok('audit.list', { area: 'applications' });
    expect(entry).toMatchObject({
      action: 'applications.update',
      details: {
        referenceNo: 'W-1',
        changes: {
          piName: { from: '王芳', to: '李娜' },
          requestedTotal: { from: 500000, to: 600000 },
          languages: { from: [], to: ['en'] },
        },
      },
    });
  });

  it('refuses an e-mail that is not one, in words, and changes nothing', async () => {
    const result = await backend.dispatcher.invoke(
      'applications.update',
      {
        applicationId,
        changes: {
          title: '红树林修复',
          abstract: '',
          keywords: [],
          discipline: '',
          piName: '王芳',
          institution: '广西大学',
          email: 'wf at gxu',
          team: [],
          durationMonths: null,
          requestedTotal: 500000,
          languages: [],
        },
      },
      { language: 'zh-CN' },
    );
    expect(result).toMatchObject({ ok: false, message: '“wf at gxu”不是有效的电子邮箱。' });
    expect((await ok('applications.get', { applicationId })).email).toBe('wf@gxu.edu.cn');
  });
});

describe('application detail on a reviewed call', () => {
  it('shows the reviews received: reviewers, scores and comments, confidential ones included', async () => {
    const { ok, demo } = await demoOfficeBackend('detail', {
      applications: 8,
      reviewers: 5,
      perApplication: 2,
      simulate: true,
    });
    await ok('merge.importFiles', { paths: [demo.simulation?.bundlesDir ?? ''] });
    const call = (await ok('results.calls', {})).find((entry) => entry.submittedReviews > 0)!;
    const view = await ok('results.view', { callId: call.id });
    let reviewed: { id: string; reviews: ResponseOf<'results.reviews'>['reviews'] } | null = null;
    for (const row of view.applications) {
      const { reviews } = await ok('results.reviews', { callId: call.id, applicationId: row.id });
      if (reviews.some((review) => review.status === 'submitted')) {
        reviewed = { id: row.id, reviews };
        break;
      }
    }
    if (!reviewed) throw new Error('the simulated demo has a reviewed application');
    const { reviews } = reviewed;
    await setLanguage('en');
    render(<ApplicationDetail applicationId={reviewed.id} onBack={() => undefined} />);
    expect(await screen.findByRole('heading', { name: 'Reviews' })).toBeInTheDocument();
    for (const review of reviews)
      expect(await screen.findByRole('columnheader', { name: review.reviewerName })).toBeInTheDocument();
    expect(
      screen.getByRole('rowheader', { name: 'Confidential comments to the office' }),
    ).toBeInTheDocument();
  }, 120_000);
});
