/**
 * Child process for the memory tests (electron/imports/memory.test.ts): imports one file through
 * the real handler into a fresh office workspace in `dir`, then prints its peak RSS and the
 * outcome as one JSON line. Run with `node --import tsx`.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { testServices } from '../../../test/temp';
import { createApp } from '../../core/app';

const [kind, file, dir] = process.argv.slice(2) as ['applications' | 'reviewers', string, string];

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
    const result = await dispatcher.invoke(channel, request, { language: 'en' });
    if (!result.ok) return { refused: result.code, message: result.message };
    return result.value as Record<string, unknown>;
  };
  await invoke('workspace.create', { name: 'Office', role: 'office', path: path.join(dir, 'office.sqlite') });
  let outcome: unknown;
  if (kind === 'applications') {
    await invoke('calls.create', {
      template: 'jieqing-lump-sum',
      code: 'JQ-2026',
      title: { zh: '杰青', en: 'Young scholars' },
    });
    outcome = await invoke('applications.import', {
      callId: 'JQ-2026',
      file: { path: file },
      dryRun: process.env.PROBE_DRY_RUN === '1',
    });
  } else
    outcome = await invoke('reviewers.import', {
      file: { path: file },
      dryRun: process.env.PROBE_DRY_RUN === '1',
    });
  const report = outcome as { refused?: string; imported?: number; errors?: number; issues?: unknown[] };
  process.stdout.write(
    `${JSON.stringify({
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
      refused: report.refused ?? null,
      message: (report as { message?: string }).message ?? null,
      imported: report.imported ?? 0,
      errors: report.errors ?? 0,
      firstIssue: report.issues?.[0] ?? null,
    })}\n`,
  );
}

await main();
