import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { realApi } from '../../test/dom-api';
import { setApi } from '../api/api';
import { setLanguage } from '../i18n/i18n';
import { useAppStore } from '../store/app-store';
import { Overview } from './Overview';

describe('overview', () => {
  let backend: ReturnType<typeof realApi>;
  beforeEach(async () => {
    backend = realApi();
    setApi(backend.api);
    await setLanguage('en');
  });

  it('computes the next step from the workspace: a call with applications needs reviewers', async () => {
    const en = { language: 'en' } as const;
    const created = await backend.dispatcher.invoke(
      'workspace.create',
      { name: '广西科技厅', role: 'office', path: path.join(backend.dataDir, 'o.sqlite') },
      en,
    );
    if (!created.ok) throw new Error(created.message);
    useAppStore.setState({ workspace: created.value, screen: 'overview' });
    const user = userEvent.setup();
    const { unmount } = render(<Overview />);
    expect(await screen.findByText('Next: set up a call and its rubric.')).toBeInTheDocument();
    unmount();

    await backend.dispatcher.invoke(
      'calls.create',
      { template: 'nsfc', code: 'GX-N', title: { zh: '面上', en: 'General' } },
      en,
    );
    const csv = [
      'reference_no,title,abstract,keywords,discipline,pi_name,institution,email,team,duration_months,requested_total,budget_lines',
      'N-1,红树林修复,,,,王芳,广西大学,wf@gxu.edu.cn,,,500000,',
    ].join('\n');
    await backend.dispatcher.invoke(
      'applications.import',
      { callId: 'GX-N', file: { name: 'a.csv', bytes: new Uint8Array(Buffer.from(csv, 'utf8')) } },
      en,
    );
    render(<Overview />);
    expect(await screen.findByText('Next: add or import the reviewers.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add reviewers' }));
    expect(useAppStore.getState().screen).toBe('office-reviewers');
  });
});
