import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/catalogs';
import { translate } from '../i18n/translate';
import type { UnsafeNameReason } from './names';

const root = join(import.meta.dirname, '../..');
const areas = ['shared/canonical', 'shared/json', 'shared/bundle', 'electron/bundle', 'electron/crypto'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

const reasons: UnsafeNameReason[] = [
  'Empty',
  'ControlChar',
  'Backslash',
  'Absolute',
  'DriveLetter',
  'Traversal',
  'Malformed',
];

function usedCodes(): Set<string> {
  const codes = new Set<string>();
  for (const file of areas.flatMap((a) => sources(join(root, a)))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/'bundle\.errors\.([A-Za-z0-9]+)'/g))
      codes.add(m[1] as string);
  }
  for (const r of reasons) codes.add(`zipName${r}`);
  return codes;
}

/** The codes the catalog answers to: a plural pair `x_one` / `x_other` is the one code `x`. */
const catalogCodes = [
  ...new Set(Object.keys(en.bundle.errors).map((key) => key.replace(/_(one|other)$/, ''))),
];

describe('bundle error codes', () => {
  it('every code thrown by the bundle code has an en and zh-CN message', () => {
    const known = new Set(catalogCodes);
    const missing = [...usedCodes()].filter((c) => !known.has(c));
    expect(missing).toEqual([]);
    for (const code of usedCodes()) {
      expect(translate('zh-CN', `bundle.errors.${code}`, { count: 2 }), code).not.toBe(
        `bundle.errors.${code}`,
      );
    }
  });

  it('no message is left unused', () => {
    const used = usedCodes();
    expect(catalogCodes.filter((k) => !used.has(k))).toEqual([]);
  });

  it('every code is documented in docs/bundle-container.md', () => {
    const doc = readFileSync(join(root, 'docs/bundle-container.md'), 'utf8');
    const undocumented = catalogCodes.filter((k) => !doc.includes(`\`bundle.errors.${k}\``));
    expect(undocumented).toEqual([]);
  });

  it('renders a message an officer can act on', () => {
    expect(translate('en', 'bundle.errors.newerFormat', { version: 2, supported: 1 })).toContain(
      'install the latest Peerdesk',
    );
    expect(translate('en', 'bundle.errors.zipNameTraversal', { entry: '../x' })).toContain('“../x”');
  });
});
