import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/temp';
import { expandBundlePaths } from './expand-paths';

function tree(): string {
  const root = tempDir('peerdesk-expand-');
  for (const file of ['a.pdrev', 'b.PDREV', 'notes.txt', 'in/c.pdrev', 'in/deep/d.pdrev', 'in/deep/e.zip']) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), 'x');
  }
  return root;
}

describe('expandBundlePaths', () => {
  it('takes a folder as its review bundles, not recursively', () => {
    const root = tree();
    expect(expandBundlePaths(['.'], root)).toEqual(['a.pdrev', 'b.PDREV']);
  });

  it('expands *, ? and ** patterns, relative or absolute, sorted and without duplicates', () => {
    const root = tree();
    expect(expandBundlePaths(['*.pdrev', 'a.pdrev'], root)).toEqual(['a.pdrev']);
    expect(expandBundlePaths(['?.pdrev'], root)).toEqual(['a.pdrev']);
    expect(expandBundlePaths(['in/**/*.pdrev'], root)).toEqual([
      path.join('in', 'c.pdrev'),
      path.join('in', 'deep', 'd.pdrev'),
    ]);
    expect(expandBundlePaths([path.join(root, 'in', 'deep', '*')], '/')).toEqual([
      path.join(root, 'in', 'deep', 'd.pdrev'),
      path.join(root, 'in', 'deep', 'e.zip'),
    ]);
  });

  it('passes a plain file through as given, even one that does not exist (the merge reports it)', () => {
    expect(expandBundlePaths(['missing.pdrev'], tree())).toEqual(['missing.pdrev']);
  });

  it('refuses a pattern or a folder that matches nothing', () => {
    const root = tree();
    expect(() => expandBundlePaths(['*.pdpkg'], root)).toThrow(
      expect.objectContaining({ code: 'merge.errors.noMatch' }),
    );
    expect(() => expandBundlePaths(['in/deep/../deep'], root)).not.toThrow();
    mkdirSync(path.join(root, 'empty'));
    expect(() => expandBundlePaths(['empty'], root)).toThrow(
      expect.objectContaining({ params: { pattern: 'empty' } }),
    );
  });
});
