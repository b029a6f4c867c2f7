import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { realApi } from '../../../test/dom-api';
import { buildFixturePackage } from '../../../test/reviewer-package';
import { setApi } from '../../api/api';
import { setLanguage } from '../../i18n/i18n';
import { ExportScreen } from './ExportScreen';
import { OpenPackageForm } from './OpenPackageForm';
import { RecuseDialog } from './RecuseDialog';

describe('a disabled reviewer action says why', () => {
  it('opening a package: asks for the file, then for the passphrase, then is enabled', async () => {
    await setLanguage('en');
    const user = userEvent.setup();
    render(<OpenPackageForm onOpened={() => {}} />);
    const open = screen.getByRole('button', { name: 'Open package' });
    expect(open).toBeDisabled();
    expect(open).toHaveAccessibleDescription('Choose the package file first.');
    await user.upload(
      screen.getByLabelText('Package file'),
      new File([new Uint8Array([1, 2, 3])], 'JQ-李娜.pdpkg'),
    );
    expect(open).toHaveAccessibleDescription('Type the passphrase the office sent you.');
    await user.type(screen.getByLabelText('Passphrase'), 'correct horse');
    expect(open).toBeEnabled();
    expect(open).not.toHaveAccessibleDescription();
  });

  it('recusing: asks for the reason in Chinese until one is written', async () => {
    await setLanguage('zh-CN');
    const user = userEvent.setup();
    render(
      <RecuseDialog
        reference="JQ-1"
        onCancel={() => {}}
        onConfirm={async () => {}}
        error={null}
        onDismissError={() => {}}
      />,
    );
    const confirm = screen.getByRole('button', { name: '确认回避', hidden: true });
    expect(confirm).toBeDisabled();
    expect(confirm).toHaveAccessibleDescription('请填写回避理由。');
    await user.type(screen.getByRole('textbox', { hidden: true }), '同一课题组');
    expect(confirm).toBeEnabled();
    expect(confirm).not.toHaveAccessibleDescription();
  });

  it('exporting: says there is nothing to send before any review is submitted or recused', async () => {
    await setLanguage('en');
    const backend = realApi();
    setApi(backend.api);
    const pkg = await buildFixturePackage({ category: 'general' });
    const opened = await backend.dispatcher.invoke(
      'reviewer.openPackage',
      { source: { bytes: pkg.bytes }, passphrase: pkg.passphrase },
      { language: 'en' },
    );
    expect(opened.ok).toBe(true);
    render(<ExportScreen />);
    const exportButton = await screen.findByRole('button', { name: 'Export review bundle' });
    expect(exportButton).toBeDisabled();
    expect(exportButton).toHaveAccessibleDescription('Submit or recuse at least one application first.');
  }, 30_000);
});
