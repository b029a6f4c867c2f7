import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { ipcChannels } from '../../shared/contract/bridge';

/**
 * The preload runs sandboxed, where `require` knows only 'electron'. It imports the channel names
 * from shared/, so the bundle (built as scripts/build-electron.mjs builds it) must inline them.
 */
describe('the sandboxed preload bundle', () => {
  it('requires nothing but electron and carries the channel names the main process listens on', async () => {
    const bundled = await build({
      entryPoints: ['electron/desktop/preload.cts'],
      bundle: true,
      platform: 'node',
      target: 'node20',
      packages: 'external',
      format: 'cjs',
      write: false,
      logLevel: 'silent',
    });
    const code = bundled.outputFiles[0]!.text;
    const required = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1]);
    expect(required).toEqual(['electron']);
    for (const name of Object.values(ipcChannels)) expect(code).toContain(`"${name}"`);
  });
});
