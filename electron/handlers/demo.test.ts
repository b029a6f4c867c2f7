import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AssignmentMatrix } from '../../shared/contract/assignments';
import type { DemoResult } from '../../shared/contract/demo';
import { assignmentPackageContentSchema } from '../../shared/domain/assignment-package';
import { tempDir, testServices } from '../../test/temp';
import { openBundle } from '../bundle/envelope';
import { createApp } from '../app';
import { seededByteSource } from '../../shared/random/bytes';
import { readPassphraseList } from '../reviewer/simulate';

const en = { language: 'en' as const };

function app() {
  const dataDir = tempDir();
  return {
    dataDir,
    dispatcher: createApp(testServices(dataDir, { randomBytes: seededByteSource('demo-test') })),
  };
}

describe('demo office', () => {
  it('builds calls, applications, reviewers and conflicts, assigns, and writes packages that open', async () => {
    const { dataDir, dispatcher } = app();
    const outDir = path.join(dataDir, 'demo');
    const result = await dispatcher.invoke(
      'demo.run',
      { outDir, applications: 40, reviewers: 12, seed: 5 },
      en,
    );
    if (!result.ok) throw new Error(result.message);
    const demo = result.value as DemoResult;
    expect(demo.workspace.path).toBe(path.join(outDir, 'office.sqlite'));
    expect(demo.calls.map((call) => call.code)).toEqual(['GXJQ2026', 'GXJB2026']);
    expect(demo.calls.reduce((sum, call) => sum + call.applications, 0)).toBe(40);
    for (const call of demo.calls) {
      expect(call.uncovered).toBe(0);
      expect(call.assigned).toBe(call.applications * 3);
    }
    expect(demo.conflicts).toBeGreaterThan(0);
    expect(readdirSync(path.join(outDir, 'source', 'GXJQ2026', 'attachments')).length).toBe(
      demo.calls[0]!.applications,
    );

    const listed = readPassphraseList(demo.passphraseListPath);
    expect(listed).toHaveLength(demo.calls.reduce((sum, call) => sum + call.packages, 0));
    expect(readdirSync(demo.packagesDir).sort()).toEqual(listed.map((entry) => entry.file).sort());

    const matrices = new Map<string, AssignmentMatrix>();
    for (const code of ['GXJQ2026', 'GXJB2026']) {
      const matrix = await dispatcher.invoke('assignments.matrix', { callId: code }, en);
      matrices.set(code, (matrix as { value: AssignmentMatrix }).value);
    }
    for (const entry of listed) {
      const opened = await openBundle(readFileSync(path.join(demo.packagesDir, entry.file)), {
        expectedKind: 'assignment-package',
        decrypt: { passphrase: entry.passphrase },
      });
      const content = assignmentPackageContentSchema.parse(
        JSON.parse(new TextDecoder().decode(opened.entries.get('content.json'))),
      );
      const matrix = matrices.get(content.call.code)!;
      const mine = matrix.assignments.filter(
        (cell) => cell.reviewerId === content.reviewer.id && cell.status === 'assigned',
      );
      expect(content.applications.map((a) => a.id).sort()).toEqual(
        mine.map((cell) => cell.applicationId).sort(),
      );
      expect(content.applications.every((a) => a.attachments.length === 1 && a.budgetLines.length >= 2)).toBe(
        true,
      );
      for (const conflict of matrix.conflicts) {
        expect(
          mine.some(
            (cell) =>
              cell.applicationId === conflict.applicationId && conflict.reviewerId === content.reviewer.id,
          ),
        ).toBe(false);
      }
    }

    const calls = await dispatcher.invoke('assignments.calls', {}, en);
    expect(calls).toMatchObject({ ok: true, value: [{ status: 'reviewing' }, { status: 'reviewing' }] });
  });

  it('refuses a folder that is not empty and leaves it as it was', async () => {
    const { dataDir, dispatcher } = app();
    const outDir = path.join(dataDir, 'busy');
    mkdirSync(outDir);
    writeFileSync(path.join(outDir, 'notes.txt'), 'mine');
    await expect(
      dispatcher.invoke('demo.run', { outDir, applications: 4, reviewers: 3 }, en),
    ).resolves.toMatchObject({
      ok: false,
      code: 'assignment.errors.demoExists',
    });
    expect(readdirSync(outDir)).toEqual(['notes.txt']);
  });

  it('removes what it wrote when cancelled', async () => {
    const { dataDir, dispatcher } = app();
    const outDir = path.join(dataDir, 'cancelled');
    const controller = new AbortController();
    const result = await dispatcher.invoke(
      'demo.run',
      { outDir, applications: 30, reviewers: 8 },
      {
        ...en,
        signal: controller.signal,
        onProgress: (progress) => {
          if (progress.label === 'assignment.progress.demo.importing') controller.abort();
        },
      },
    );
    expect(result).toMatchObject({ ok: false, code: 'errors.cancelled' });
    expect(existsSync(outDir) ? readdirSync(outDir) : []).toEqual([]);
    await expect(dispatcher.invoke('app.info', {}, en)).resolves.toMatchObject({
      ok: true,
      value: { workspace: null },
    });
  });

  it('lets every reviewer open, score and return a bundle with --simulate', async () => {
    const { dataDir, dispatcher } = app();
    const outDir = path.join(dataDir, 'simulated');
    const result = await dispatcher.invoke(
      'demo.run',
      { outDir, applications: 6, reviewers: 4, perApplication: 2, simulate: true },
      en,
    );
    if (!result.ok) throw new Error(result.message);
    const { simulation, calls } = result.value as DemoResult;
    expect(simulation).not.toBeNull();
    expect(readdirSync(simulation!.bundlesDir).length).toBe(simulation!.bundles);
    const assigned = calls.reduce((sum, call) => sum + call.assigned, 0);
    expect(assigned).toBeGreaterThan(0);
    expect(simulation!.submitted + simulation!.recused).toBe(assigned);
  });
});
