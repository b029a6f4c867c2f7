import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, vi } from 'vitest';
import { openDatabase } from '../../../db/connection';
import { EXIT_OK, main } from '../../../electron/cli/main';
import { seedDemoCall } from '../db/results-demo';
import { tempDir } from '../../temp';

/** Runs the `peerdesk` command line in this process, with what it printed on each stream. */
export async function runCli(
  argv: readonly string[],
  language?: 'en' | 'zh-CN',
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(language ? [...argv, '--lang', language] : [...argv], {
    out: (text) => (out += text),
    err: (text) => (err += text),
  });
  return { code, out, err };
}

/**
 * A fresh folder for every test of the calling `describe`, its `data` subfolder the CLI's data
 * folder (`PEERDESK_DATA_DIR`); read the current one with the returned function.
 */
export function folderPerTest(): () => string {
  let folder = '';
  beforeEach(() => {
    folder = tempDir();
    vi.stubEnv('PEERDESK_DATA_DIR', path.join(folder, 'data'));
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });
  return () => folder;
}

/**
 * One folder for every test of the calling `describe`: `workspace` is the office workspace's path
 * in it, `file(name)` a file beside it, and its `data` subfolder the CLI's data folder.
 */
export function folderForAll(prefix: string): { workspace: string; file: (name: string) => string } {
  const folder = tempDir(prefix);
  beforeAll(() => {
    vi.stubEnv('PEERDESK_DATA_DIR', path.join(folder, 'data'));
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });
  return { workspace: path.join(folder, 'office.sqlite'), file: (name) => path.join(folder, name) };
}

/** An office workspace made by `peerdesk workspace create`, holding the demo call JQ-2026. */
export async function officeWithDemoCall(workspace: string): Promise<void> {
  const created = await runCli([
    'workspace',
    'create',
    '--workspace',
    workspace,
    '--role',
    'office',
    '--name',
    'Office',
  ]);
  expect(created.code).toBe(EXIT_OK);
  const db = openDatabase(workspace, { create: false });
  seedDemoCall(db);
  db.close();
}
