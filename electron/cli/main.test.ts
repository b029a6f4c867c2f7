import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/temp';
import { EXIT_OK, EXIT_REFUSED, EXIT_USAGE } from './main';
import { runCli } from '../../test/support/cli/run-cli';

describe('peerdesk CLI', () => {
  it('prints help in either language', async () => {
    const en = await runCli(['--help', '--lang', 'en']);
    expect(en.code).toBe(EXIT_OK);
    expect(en.out).toContain('workspace create');
    const zh = await runCli(['--lang', 'zh-CN']);
    expect(zh.out).toContain('退出码');
  });

  it('exits 2 on usage errors: unknown command, unknown flag, missing flag', async () => {
    expect((await runCli(['frobnicate'])).code).toBe(EXIT_USAGE);
    const unknownFlag = await runCli(['workspace', 'info', '--workspace', 'x', '--bogus']);
    expect(unknownFlag.code).toBe(EXIT_USAGE);
    expect(unknownFlag.err).toContain('peerdesk workspace info --workspace FILE');
    const missing = await runCli(['workspace', 'create', '--role', 'office', '--name', 'n']);
    expect(missing).toMatchObject({ code: EXIT_USAGE });
    expect(missing.err).toContain('--workspace is required');
  });

  it('creates and describes a workspace, with --json for programs', async () => {
    const file = path.join(tempDir(), 'office.sqlite');
    const created = await runCli([
      'workspace',
      'create',
      '--workspace',
      file,
      '--role',
      'office',
      '--name',
      '基金委',
      '--json',
    ]);
    expect(created.code).toBe(EXIT_OK);
    expect(JSON.parse(created.out)).toMatchObject({ role: 'office', name: '基金委', path: file });
    const info = await runCli(['workspace', 'info', '--workspace', file, '--lang', 'en']);
    expect(info.out.trim()).toBe(`基金委 (office workspace) at ${file}`);
    const audit = await runCli(['audit', '--workspace', file, '--json']);
    expect(JSON.parse(audit.out)).toMatchObject([{ action: 'workspace.create' }]);
  });

  it('exits 1 with a translated message when input is refused', async () => {
    const refused = await runCli([
      'workspace',
      'info',
      '--workspace',
      '/no/such/file.sqlite',
      '--lang',
      'zh-CN',
    ]);
    expect(refused.code).toBe(EXIT_REFUSED);
    expect(refused.err.trim()).toBe('/no/such/file.sqlite 处没有工作区。');
    const badRole = await runCli([
      'workspace',
      'create',
      '--workspace',
      path.join(tempDir(), 'w.sqlite'),
      '--role',
      'boss',
      '--name',
      'x',
      '--json',
    ]);
    expect(badRole.code).toBe(EXIT_REFUSED);
    expect(JSON.parse(badRole.out)).toMatchObject({ ok: false, code: 'errors.invalidRequest' });
  });

  it('runs as `npx peerdesk` from the project', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const help = execFileSync('npx', ['--no-install', 'peerdesk', '--help', '--lang', 'en'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(help).toContain('Peerdesk — offline review of grant applications.');
    const usage = spawnSync('node', ['bin/peerdesk.mjs', 'nope'], { cwd: root, encoding: 'utf8' });
    expect(usage.status).toBe(EXIT_USAGE);
  });
});
