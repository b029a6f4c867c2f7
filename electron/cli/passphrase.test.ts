import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../test/temp';
import { DEMO_OFFICE_PASSPHRASE } from '../keys/demo-passphrase';
import { EXIT_OK, EXIT_REFUSED } from './main';
import { PASSPHRASE_ENV } from './passphrase';
import { runCli } from '../../test/support/cli/run-cli';

describe('the office passphrase on the CLI', () => {
  const dir = tempDir('peerdesk-cli-keys-');
  const workspace = path.join(dir, 'demo', 'office.sqlite');
  let exports = 0;
  const exportPackages = (...extra: string[]) =>
    runCli([
      'packages',
      'export',
      '--workspace',
      workspace,
      '--call',
      'GXJQ2026',
      '--all',
      '--out',
      path.join(dir, `packages-${(exports += 1)}`),
      '--lang',
      'en',
      ...extra,
    ]);
  const passphraseFile = (text: string) => {
    const file = path.join(dir, `passphrase-${exports}.txt`);
    writeFileSync(file, text, { mode: 0o600 });
    return file;
  };

  beforeAll(async () => {
    vi.stubEnv('PEERDESK_DATA_DIR', path.join(dir, 'data'));
    vi.stubEnv(PASSPHRASE_ENV, '');
    const demo = await runCli(
      ['demo', '--out', path.join(dir, 'demo'), '--applications', '10', '--reviewers', '6'].concat([
        '--seed',
        'cli-keys',
        '--lang',
        'en',
      ]),
    );
    expect(demo.code).toBe(EXIT_OK);
    expect(demo.out).toContain(`Office passphrase of the demo workspace: ${DEMO_OFFICE_PASSPHRASE}`);
  });
  afterEach(() => {
    vi.stubEnv(PASSPHRASE_ENV, '');
  });

  it('refuses a command that needs the office keys and explains both ways to give the passphrase', async () => {
    const refused = await exportPackages();
    expect(refused.code).toBe(EXIT_REFUSED);
    expect(refused.err).toContain('not unlocked in this session');
    expect(refused.err).toContain('PEERDESK_OFFICE_PASSPHRASE');
    expect(refused.err).toContain('--passphrase-file FILE');
  });

  it('unlocks with --passphrase-file, refusing a wrong passphrase', async () => {
    const wrong = await exportPackages('--passphrase-file', passphraseFile('not the demo passphrase\n'));
    expect(wrong.code).toBe(EXIT_REFUSED);
    expect(wrong.err).toContain('not the office passphrase');
    const right = await exportPackages('--passphrase-file', passphraseFile(`${DEMO_OFFICE_PASSPHRASE}\n`));
    expect(right.code).toBe(EXIT_OK);
    expect(right.out).toContain('packages');
  });

  it('unlocks with PEERDESK_OFFICE_PASSPHRASE', async () => {
    vi.stubEnv(PASSPHRASE_ENV, DEMO_OFFICE_PASSPHRASE);
    const exported = await exportPackages();
    expect(exported.code).toBe(EXIT_OK);
  });

  it('refuses an unreadable passphrase file with a translated message', async () => {
    const missing = await exportPackages('--passphrase-file', path.join(dir, 'missing.txt'));
    expect(missing.code).toBe(EXIT_REFUSED);
    expect(missing.err).toContain('Cannot read the passphrase file');
  });
});
