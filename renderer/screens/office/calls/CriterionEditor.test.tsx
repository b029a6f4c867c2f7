import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findTemplate } from '../../../../shared/rubric-templates';
import { expectBlocked } from '../../../../test/support/office-screen';
import { setLanguage } from '../../../i18n/i18n';
import { CriterionEditor } from './CriterionEditor';

const criterion = findTemplate('nsfc').rubric().criteria[0]!;
const ignored = () => undefined;
const props = { criterion, index: 0, onChange: ignored, onMove: ignored, onRemove: ignored };
const editor = (count: number) => <CriterionEditor {...props} count={count} />;

describe('removing a criterion', () => {
  it('says why the only criterion cannot be removed, in Chinese and English', async () => {
    await setLanguage('zh-CN');
    const { rerender } = render(editor(1));
    const remove = screen.getByRole('button', { name: '删除此项' });
    expectBlocked(remove, '评审指标至少要有一项：请先添加其他指标，再删除此项。');

    await setLanguage('en');
    rerender(editor(1));
    expect(screen.getByRole('button', { name: 'Remove criterion' })).toHaveAccessibleDescription(
      'A rubric needs at least one criterion: add another before removing this one.',
    );
    rerender(editor(2));
    const enabled = screen.getByRole('button', { name: 'Remove criterion' });
    expect(enabled).toBeEnabled();
    expect(enabled).not.toHaveAccessibleDescription();
  });
});

describe('moving a criterion', () => {
  it('says why the first cannot move up and the last cannot move down', async () => {
    await setLanguage('en');
    const name = criterion.label.zh;
    const { rerender } = render(<CriterionEditor {...props} index={0} count={2} />);
    expectBlocked(
      screen.getByRole('button', { name: `Move ${name} up` }),
      'This criterion is already the first.',
    );
    expect(screen.getByRole('button', { name: `Move ${name} down` })).toBeEnabled();
    await setLanguage('zh-CN');
    rerender(<CriterionEditor {...props} index={1} count={2} />);
    expectBlocked(screen.getByRole('button', { name: `将“${name}”下移` }), '此项已在最后。');
    expect(screen.getByRole('button', { name: `将“${name}”上移` })).toBeEnabled();
  });
});
