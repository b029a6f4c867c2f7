import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, testServices } from '../../test/temp';
import { createApp } from '../app';

const en = { language: 'en' as const };

describe('workspace handlers', () => {
  it('creates, closes, reopens and remembers workspaces', async () => {
    const dataDir = tempDir();
    const dispatcher = createApp(testServices(dataDir));
    const created = await dispatcher.invoke(
      'workspace.create',
      { name: '杰青 2026 / Office', role: 'office' },
      en,
    );
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const info = created.value as { path: string; role: string; name: string };
    expect(info.path.startsWith(path.join(dataDir, 'workspaces'))).toBe(true);
    expect(info).toMatchObject({ role: 'office', name: '杰青 2026 / Office' });

    await expect(dispatcher.invoke('workspace.close', {}, en)).resolves.toEqual({
      ok: true,
      value: { closed: true },
    });
    await expect(dispatcher.invoke('app.info', {}, en)).resolves.toMatchObject({
      ok: true,
      value: { workspace: null },
    });

    const reopened = await dispatcher.invoke('workspace.open', { path: info.path }, en);
    expect(reopened).toMatchObject({ ok: true, value: { path: info.path, role: 'office' } });
    const recent = await dispatcher.invoke('workspace.recent', {}, en);
    expect(recent).toMatchObject({ ok: true, value: [{ path: info.path, role: 'office' }] });
    const audit = await dispatcher.invoke('audit.list', {}, en);
    expect(audit).toMatchObject({ ok: true, value: [{ action: 'workspace.create' }] });
  });

  it('refuses to create over an existing workspace and to open what is not a workspace', async () => {
    const dataDir = tempDir();
    const dispatcher = createApp(testServices(dataDir));
    const file = path.join(dataDir, 'w.sqlite');
    await dispatcher.invoke('workspace.create', { name: 'A', role: 'reviewer', path: file }, en);
    await expect(
      dispatcher.invoke('workspace.create', { name: 'B', role: 'office', path: file }, en),
    ).resolves.toMatchObject({
      ok: false,
      code: 'errors.workspaceExists',
    });
    await expect(
      dispatcher.invoke('workspace.open', { path: path.join(dataDir, 'none.sqlite') }, en),
    ).resolves.toMatchObject({
      ok: false,
      code: 'errors.workspaceNotFound',
    });
    await expect(dispatcher.invoke('app.info', {}, en)).resolves.toMatchObject({
      ok: true,
      value: { workspace: { role: 'reviewer', name: 'A' } },
    });
  });

  it('backs up through SQLite and refuses to overwrite', async () => {
    const dataDir = tempDir();
    const dispatcher = createApp(testServices(dataDir));
    await expect(
      dispatcher.invoke('workspace.backup', { path: path.join(dataDir, 'b.sqlite') }, en),
    ).resolves.toMatchObject({
      ok: false,
      code: 'errors.noWorkspace',
    });
    await dispatcher.invoke('workspace.create', { name: 'Office', role: 'office' }, en);
    const target = path.join(dataDir, 'backup.sqlite');
    const backup = await dispatcher.invoke('workspace.backup', { path: target }, en);
    expect(backup).toMatchObject({ ok: true, value: { path: target } });
    expect(existsSync(target)).toBe(true);
    const copy = createApp(testServices(tempDir()));
    await expect(copy.invoke('workspace.open', { path: target }, en)).resolves.toMatchObject({
      ok: true,
      value: { name: 'Office', role: 'office' },
    });
    await expect(dispatcher.invoke('workspace.backup', { path: target }, en)).resolves.toMatchObject({
      ok: false,
      code: 'errors.fileExists',
    });
  });
});
