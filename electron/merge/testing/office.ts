import path from 'node:path';
import type { Db } from '../../../db/connection';
import { createApp } from '../../core/app';
import type { Services } from '../../core/context';
import type { Dispatcher } from '../../core/registry';
import { tempDir, testServices } from '../../../test/temp';
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
