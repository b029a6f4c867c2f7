import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AssignmentMatrix } from '../../../../shared/contract/assignments';
import { setLanguage } from '../../../i18n/i18n';
import { buildModel } from './matrix-model';
import { SelectionPanel } from './SelectionPanel';

const matrix: AssignmentMatrix = {
  call: { id: 'c', code: 'JQ', title: { zh: '杰青', en: 'JQ' }, status: 'draft', reviewersPerApplication: 2 },
  applications: [
    {
      id: 'a1',
      referenceNo: 'JQ-1',
      title: '喀斯特碳汇',
      keywords: ['碳汇'],
      discipline: 'D01',
      institution: '广西大学',
      languages: ['zh'],
    },
  ],
  reviewers: [
    {
      id: 'r1',
      name: '李娜',
      institution: '广西大学',
      expertise: ['碳汇'],
      languages: ['zh'],
      maxLoad: 5,
      load: 0,
      totalLoad: 0,
    },
    {
      id: 'r2',
      name: '王芳',
      institution: '浙江大学',
      expertise: ['碳汇'],
      languages: ['zh'],
      maxLoad: 5,
      load: 0,
      totalLoad: 0,
    },
  ],
  assignments: [],
  conflicts: [{ applicationId: 'a1', reviewerId: 'r1', types: ['same-institution'] }],
};

const panel = (reviewerIndex: number) => (
  <SelectionPanel
    model={buildModel(matrix)}
    applicationIndex={0}
    reviewerIndex={reviewerIndex}
    match={0.5}
    busy={false}
    onAssign={() => {}}
    onLock={() => {}}
  />
);

describe('the selected pair in the assignment matrix', () => {
  it('says why a conflicted pair cannot be assigned, in Chinese and English', async () => {
    await setLanguage('zh-CN');
    const { rerender } = render(panel(0));
    const assign = screen.getByRole('button', { name: '分配' });
    expect(assign).toBeDisabled();
    expect(assign).toHaveAccessibleDescription(
      '无法分配：该专家与此申请书存在回避关系，请先在“回避”中豁免。',
    );

    await setLanguage('en');
    rerender(panel(0));
    expect(screen.getByRole('button', { name: 'Assign' })).toHaveAccessibleDescription(
      'Cannot assign: this pair has a conflict of interest. Waive it in Conflicts first.',
    );
    rerender(panel(1));
    expect(screen.getByRole('button', { name: 'Assign' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Assign' })).not.toHaveAccessibleDescription();
  });
});
