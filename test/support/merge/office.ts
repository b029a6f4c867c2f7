import path from 'node:path';
import { backupDatabase } from '../../../db/backup';
import type { Db } from '../../../db/connection';
import { createApp } from '../../../electron/app';
import type { Services } from '../../../electron/core/context';
import type { Dispatcher } from '../../../electron/core/registry';
import { tempDir, testServices } from '../../temp';
import { seedScenario, type Scenario } from './scenario';

export interface OfficeWorkspace {
  dispatcher: Dispatcher;
  db: Db;
  dir: string;
  file: string;
}

/** A real office workspace in a temp folder, seeded with `scenario`, behind a real dispatcher. */
export async function openOfficeWorkspace(
  scenario: Scenario,
  services: Partial<Services> = {},
): Promise<OfficeWorkspace> {
  const dir = tempDir('peerdesk-merge-');
  const dispatcher = createApp(testServices(dir, services));
  const file = path.join(dir, 'office.peerdesk.sqlite');
  const created = await dispatcher.invoke(
    'workspace.create',
    { name: 'Office', role: 'office', path: file },
    { language: 'en' },
  );
  if (!created.ok) throw new Error(created.message);
  const { db } = dispatcher.session.require('office');
  seedScenario(db, scenario);
  return { dispatcher, db, dir, file };
}

/** An independent copy of `source` (made through SQLite's backup), open behind its own dispatcher. */
export async function cloneOfficeWorkspace(source: OfficeWorkspace): Promise<OfficeWorkspace> {
  const dir = tempDir('peerdesk-merge-clone-');
  const file = path.join(dir, 'office.peerdesk.sqlite');
  await backupDatabase(source.db, file);
  const dispatcher = createApp(testServices(dir));
  const opened = await dispatcher.invoke('workspace.open', { path: file }, { language: 'en' });
  if (!opened.ok) throw new Error(opened.message);
  return { dispatcher, db: dispatcher.session.require('office').db, dir, file };
}
