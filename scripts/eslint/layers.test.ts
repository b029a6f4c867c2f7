import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** Lints source text as if it lived at `file`, returning the layer rule messages only. */
async function layerProblems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId?.startsWith('layers/')).map((m) => m.message);
}

describe('layer rule', () => {
  it('refuses renderer/ importing db/ or electron/', async () => {
    expect(
      await layerProblems(
        'renderer/screens/Bad.tsx',
        "import { openDatabase } from '../../db/connection';\nexport const x = openDatabase;\n",
      ),
    ).toEqual(['renderer/ may not import db/ (layers: docs/architecture.md).']);
    expect(
      await layerProblems('renderer/Bad.ts', "export { createApp } from '../electron/core/app';\n"),
    ).toHaveLength(1);
    expect(
      await layerProblems('renderer/Bad.ts', "import fs from 'node:fs';\nexport const x = fs;\n"),
    ).toHaveLength(1);
  });

  it('keeps shared/ pure', async () => {
    expect(
      await layerProblems(
        'shared/bad.ts',
        "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
      ),
    ).toHaveLength(1);
    expect(
      await layerProblems('shared/bad.ts', "import { x } from '../renderer/x';\nexport const y = x;\n"),
    ).toHaveLength(1);
    expect(
      await layerProblems('shared/good.ts', "import { z } from 'zod';\nexport const s = z.string();\n"),
    ).toEqual([]);
  });

  it('keeps SQL and better-sqlite3 in db/ and electron imports in electron/desktop/', async () => {
    expect(
      await layerProblems('electron/handlers/bad.ts', 'export const q = `SELECT id FROM calls`;\n'),
    ).toEqual(['SQL lives only in db/ (layers: docs/architecture.md).']);
    expect(
      await layerProblems(
        'electron/handlers/bad.ts',
        "import Database from 'better-sqlite3';\nexport const d = Database;\n",
      ),
    ).toHaveLength(1);
    for (const allowed of ['db/good.ts', 'test/support/db/good.ts', 'bench/support/db/good.ts']) {
      expect(await layerProblems(allowed, "export const q = 'SELECT id FROM calls';\n"), allowed).toEqual([]);
    }
    expect(
      await layerProblems('test/support/merge/bad.ts', "export const q = 'SELECT id FROM calls';\n"),
    ).toEqual(['SQL lives only in db/ (layers: docs/architecture.md).']);
    expect(
      await layerProblems('electron/core/bad.ts', "import { app } from 'electron';\nexport const a = app;\n"),
    ).toHaveLength(1);
    expect(
      await layerProblems(
        'electron/desktop/good.ts',
        "import { app } from 'electron';\nexport const a = app;\n",
      ),
    ).toEqual([]);
    expect(
      await layerProblems(
        'electron/handlers/prose.ts',
        "export const text = 'Create a workspace, then select a call';\n",
      ),
    ).toEqual([]);
  });

  it('keeps electron/core/ from importing electron/handlers/', async () => {
    expect(
      await layerProblems(
        'electron/core/bad.ts',
        "import type { HandlerDeps } from '../handlers';\nexport type D = HandlerDeps;\n",
      ),
    ).toEqual([
      'electron/core/ may not import electron/handlers/: handlers are wired in the composition root (electron/app.ts).',
    ]);
    expect(
      await layerProblems(
        'electron/app.ts',
        "import { createHandlers } from './handlers';\nexport const h = createHandlers;\n",
      ),
    ).toEqual([]);
  });

  it('keeps test support out of production code', async () => {
    const bad = [
      ['electron/demo/bad.ts', "import { tempDir } from '../../test/temp';\nexport const t = tempDir;\n"],
      [
        'db/bad.ts',
        "import { seedDemoCall } from '../test/support/db/results-demo';\nexport const s = seedDemoCall;\n",
      ],
      [
        'electron/reviewer/bad.ts',
        "import { fixtureOffice } from '../../test/support/reviewer/fixtures';\nexport const f = fixtureOffice;\n",
      ],
      [
        'electron/bad.ts',
        "import { floor } from '../bench/support/db/merge-floor';\nexport const f = floor;\n",
      ],
      ['shared/bad.ts', "import { x } from './ranking/rank-table.test';\nexport const y = x;\n"],
    ];
    for (const [file, code] of bad) {
      const problems = await layerProblems(file as string, code as string);
      expect(
        problems.filter((m) => m.startsWith('Production code may not import test support')),
        file,
      ).toHaveLength(1);
    }
    expect(
      await layerProblems(
        'test/support/reviewer/app.ts',
        "import { fixtureOffice } from './fixtures';\nexport const f = fixtureOffice;\n",
      ),
    ).toEqual([]);
    for (const stray of ['db/testing/helper.ts', 'electron/reviewer/test-fixtures.ts']) {
      expect(await layerProblems(stray, 'export const x = 1;\n'), stray).toEqual([
        'Test support lives under test/support/<area>/, not beside production code.',
      ]);
    }
    expect(
      await layerProblems(
        'electron/demo/good.ts',
        "import { seededByteSource } from '../../shared/random';\nexport const s = seededByteSource;\n",
      ),
    ).toEqual([]);
  });

  it('refuses an import cycle, naming the chain, and ignores type-only imports', async () => {
    // electron/app.ts → core/session.ts → core/ids.ts: ids.ts importing the app closes a loop.
    const [problem, ...rest] = await layerProblems(
      'electron/core/ids.ts',
      "import { createApp } from '../app';\nexport const a = createApp;\n",
    );
    expect(rest).toEqual([]);
    expect(problem).toMatch(
      /^Import cycle: electron\/core\/ids\.ts → electron\/app\.ts → .*electron\/core\/ids\.ts\./,
    );
    expect(
      await layerProblems(
        'electron/core/ids.ts',
        "import type { Dispatcher } from '../core/registry';\nimport { createDispatcher } from './registry';\nexport type D = Dispatcher;\nexport const c = createDispatcher;\n",
      ),
    ).toEqual([]);
  });

  it('finds no import cycle anywhere in the repository', async () => {
    const { importGraph, cycleThrough } = await import('./import-graph.mjs');
    const graph = importGraph(root);
    expect(graph.size).toBeGreaterThan(300);
    const cycles = [...graph].flatMap(([file, targets]) => {
      const chain = cycleThrough(file, targets, graph);
      return chain ? [chain.map((step) => path.relative(root, step)).join(' → ')] : [];
    });
    expect(cycles).toEqual([]);
  });
});
