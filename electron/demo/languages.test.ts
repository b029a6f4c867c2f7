import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { languagesCompatible } from '../../shared/assignment/languages';
import { tempDir, testServices } from '../../test/temp';
import { createApp } from '../app';
import { callThrough } from '../core/call';

describe('the demo office keeps the language rule', () => {
  it('declares every application’s language and never assigns a reviewer who cannot read it', async () => {
    const dataDir = tempDir();
    const call = callThrough(createApp(testServices(dataDir)), { language: 'en' });
    await call('demo.run', {
      outDir: path.join(dataDir, 'demo'),
      applications: 40,
      reviewers: 12,
      perApplication: 3,
      seed: 'languages',
    });
    let assigned = 0;
    const declared = new Set<string>();
    for (const summary of await call('assignments.calls', {})) {
      const matrix = await call('assignments.matrix', { callId: summary.id });
      const applications = new Map(matrix.applications.map((a) => [a.id, a.languages]));
      const reviewers = new Map(matrix.reviewers.map((r) => [r.id, r.languages]));
      for (const application of matrix.applications) {
        expect(application.languages).toHaveLength(1);
        declared.add(application.languages[0] as string);
      }
      for (const cell of matrix.assignments.filter((c) => c.status === 'assigned')) {
        assigned += 1;
        const compatible = languagesCompatible(
          applications.get(cell.applicationId) ?? [],
          reviewers.get(cell.reviewerId) ?? [],
        );
        expect(compatible, `${cell.applicationId} × ${cell.reviewerId}`).toBe(true);
      }
    }
    expect(declared).toEqual(new Set(['zh', 'en']));
    expect(assigned).toBe(40 * 3);
  }, 120_000);
});
