import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

const bareImport = "import { useTranslation } from 'react-i18next';\nexport const hook = useTranslation;\n";

/** Lints source text as if it lived at `file`, returning the restricted-import messages only. */
async function importProblems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('renderer translation import rule', () => {
  it('refuses useTranslation from react-i18next in renderer screens, components and tests', async () => {
    for (const file of [
      'renderer/screens/office/Bad.tsx',
      'renderer/components/Bad.tsx',
      'renderer/screens/Bad.test.tsx',
    ]) {
      expect(await importProblems(file, bareImport), file).toEqual([
        "'useTranslation' import from 'react-i18next' is restricted. Translate with useT() from renderer/i18n/use-t.ts (typed keys).",
      ]);
    }
  });

  it('lets renderer/i18n/ wrap it and lets other folders and imports be', async () => {
    expect(await importProblems('renderer/i18n/use-t.ts', bareImport)).toEqual([]);
    expect(await importProblems('electron/cli/bad.ts', bareImport)).toEqual([]);
    expect(
      await importProblems(
        'renderer/screens/Good.tsx',
        "import { useT } from '../i18n/use-t';\nexport const hook = useT;\n",
      ),
    ).toEqual([]);
  });
});
