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
    expect(await layerProblems('db/good.ts', "export const q = 'SELECT id FROM calls';\n")).toEqual([]);
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
});
