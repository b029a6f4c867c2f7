import path from 'node:path';
import type { ChannelName, RequestOf, ResponseOf } from '../../shared/contract';
import type { DemoResult } from '../../shared/contract/demo';
import { seededByteSource } from '../../shared/random/bytes';
import { createApp } from '../../electron/app';
import type { Dispatcher, InvokeExtras } from '../../electron/core/registry';
import { tempDir, testServices } from '../temp';

/**
 * Calls a channel (in English unless `extras` says otherwise) and returns its value; a refusal
 * fails the test with its code and message.
 */
export async function expectOk<C extends ChannelName>(
  dispatcher: Dispatcher,
  channel: C,
  request: RequestOf<C>,
  extras: Partial<InvokeExtras> = {},
): Promise<ResponseOf<C>> {
  const result = await dispatcher.invoke(channel, request, { language: 'en', ...extras });
  if (!result.ok) throw new Error(`${channel} refused: ${result.code} ${result.message}`);
  return result.value;
}

export interface MergedDemo {
  dataDir: string;
  dispatcher: Dispatcher;
  demo: DemoResult;
  /** What merging the simulated reviewers' bundles reported. */
  merged: ResponseOf<'merge.importFiles'>;
}

/**
 * A demo office in a temp folder, its packages answered by simulated reviewers and every bundle
 * merged: the office as it stands once mail review is over. Ids and scores come from `seed`.
 */
export async function mergedDemo(
  seed: number,
  size: { applications: number; reviewers: number },
): Promise<MergedDemo> {
  const dataDir = tempDir();
  const dispatcher = createApp(testServices(dataDir, { randomBytes: seededByteSource(`demo-${seed}`) }));
  const demo = await expectOk(dispatcher, 'demo.run', {
    outDir: path.join(dataDir, 'demo'),
    ...size,
    seed,
    simulate: true,
  });
  const bundlesDir = demo.simulation?.bundlesDir;
  if (bundlesDir === undefined) throw new Error('a simulated demo writes its bundles');
  const merged = await expectOk(dispatcher, 'merge.importFiles', { paths: [bundlesDir] });
  return { dataDir, dispatcher, demo, merged };
}
