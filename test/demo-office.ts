import path from 'node:path';
import type { RequestOf, ResponseOf } from '../shared/contract';
import { realApi } from './dom-api';

/**
 * For component tests: a real workspace holding a small demo office, made through the same channel
 * as `peerdesk demo` (calls, applications, reviewers, assignments; with `simulate`, exported bundles).
 */
export async function demoOffice(
  office: Omit<RequestOf<'demo.run'>, 'outDir'>,
): Promise<{ backend: ReturnType<typeof realApi>; demo: ResponseOf<'demo.run'> }> {
  const backend = realApi();
  const demo = await backend.api.invoke('demo.run', {
    outDir: path.join(backend.dataDir, 'demo'),
    ...office,
  });
  if (!demo.ok) throw new Error(demo.message);
  return { backend, demo: demo.value };
}
