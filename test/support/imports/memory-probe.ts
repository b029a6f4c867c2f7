/**
 * Child process for the memory tests (electron/imports/memory.test.ts): imports one applications
 * sheet through the real handler into a fresh office workspace in `dir` (committed, or as a dry
 * run), then prints its peak RSS and the outcome as one JSON line. The test bundles it with esbuild
 * so that the figure is the app's, not a TypeScript loader's.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { testServices } from '../../temp';
import { createApp } from '../../../electron/app';

const [file, dir, mode] = process.argv.slice(2) as [string, string, 'commit' | 'dry-run'];

async function main(): Promise<void> {
  // Counter-based bytes that never repeat: an import makes one id per row.
  let counter = 0;
  const randomBytes = (length: number) => {
    counter += 1;
    const digest = createHash('sha512').update(`memory-probe-${counter}`).digest();
    return new Uint8Array(digest.subarray(0, length));
  };
  const dispatcher = createApp(testServices(dir, { randomBytes }));
  const invoke = async (channel: string, request: unknown) => {
    const result = await dispatcher.invokeRaw(channel, request, { language: 'en' });
    if (!result.ok) return { refused: result.code, message: result.message };
    return result.value as Record<string, unknown>;
  };
  await invoke('workspace.create', { name: 'Office', role: 'office', path: path.join(dir, 'office.sqlite') });
  await invoke('calls.create', {
    template: 'jieqing-lump-sum',
    code: 'JQ-2026',
    title: { zh: '杰青', en: 'Young scholars' },
  });
  const outcome = await invoke('applications.import', {
    callId: 'JQ-2026',
    file: { path: file },
    dryRun: mode === 'dry-run',
  });
  const report = outcome as {
    refused?: string;
    imported?: number;
    valid?: number;
    errors?: number;
    issues?: unknown[];
  };
  process.stdout.write(
    `${JSON.stringify({
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
      refused: report.refused ?? null,
      message: (report as { message?: string }).message ?? null,
      imported: report.imported ?? 0,
      valid: report.valid ?? 0,
      errors: report.errors ?? 0,
      firstIssue: report.issues?.[0] ?? null,
    })}\n`,
  );
}

await main();
