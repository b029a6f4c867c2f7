import path from 'node:path';
import { DEMO_CALL_ID, seedDemoCall } from './support/db/results-demo';
import type { Dispatcher } from '../electron/core/registry';

export { DEMO_CALL_ID };

/**
 * For component tests: an office workspace in `dataDir` holding the bilingual lump-sum demo call
 * with merged reviews (test/support/db/results-demo.ts), opened in the dispatcher's session.
 */
export async function openDemoOffice(dispatcher: Dispatcher, dataDir: string): Promise<void> {
  const created = await dispatcher.invoke(
    'workspace.create',
    { name: 'Office', role: 'office', path: path.join(dataDir, 'office.sqlite') },
    { language: 'en' },
  );
  if (!created.ok) throw new Error(created.message);
  seedDemoCall(dispatcher.session.require('office').db);
}
