import { describe, expect, it } from 'vitest';
import { en, zhCN } from './catalogs';
import { languageFromLocale, translate } from './translate';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [inner, text] of leaves(value, path)) out.set(inner, text);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('i18n catalogs', () => {
  const english = leaves(en as unknown as Tree);
  const chinese = leaves(zhCN as unknown as Tree);

  it('have exactly the same keys in zh-CN and en', () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('use the same placeholders in both languages and no empty texts', () => {
    for (const [key, text] of english) {
      expect(text.trim(), key).not.toBe('');
      expect(chinese.get(key)?.trim(), key).not.toBe('');
      expect(placeholders(chinese.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('gives every English text with a {{count}} a singular and a plural form, and writes no “(s)”', () => {
    for (const [key, text] of english) {
      expect(text, key).not.toContain('(s)');
      // A count in parentheses after a heading ("Documents (3)") reads right for any number.
      if (!text.includes('{{count}}') || text.includes('({{count}})')) continue;
      expect(key, text).toMatch(/_(one|other)$/);
      const stem = key.replace(/_(one|other)$/, '');
      expect(english.has(`${stem}_one`) && english.has(`${stem}_other`), stem).toBe(true);
    }
    expect(translate('en', 'reviewer.exportScreen.ready', { count: 1 })).toBe('1 review is ready to send.');
    expect(translate('en', 'reviewer.exportScreen.ready', { count: 2 })).toBe('2 reviews are ready to send.');
    expect(translate('zh-CN', 'reviewer.exportScreen.ready', { count: 1 })).toBe(
      translate('zh-CN', 'reviewer.exportScreen.ready', { count: 5 }).replace('5', '1'),
    );
  });

  it('calls a budget work package 工作包, never 任务包 (which is the assignment package)', () => {
    const workPackage = [...english].filter(([, text]) => /work package/i.test(text));
    expect(workPackage.length).toBeGreaterThan(3);
    for (const [key] of workPackage) {
      expect(chinese.get(key), key).toContain('工作包');
      expect(chinese.get(key), key).not.toContain('任务包');
    }
  });

  it('really is Chinese in the zh-CN catalog', () => {
    const han = [...chinese.values()].filter((text) => /\p{Script=Han}/u.test(text)).length;
    expect(han / chinese.size).toBeGreaterThan(0.9);
  });

  it('translates with parameters and picks the language from a locale', () => {
    expect(translate('en', 'errors.workspaceNotFound', { path: '/a' })).toBe('There is no workspace at /a.');
    expect(translate('zh-CN', 'errors.workspaceNotFound', { path: '/a' })).toBe('/a 处没有工作区。');
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
    expect(languageFromLocale('zh-TW')).toBe('zh-CN');
    expect(languageFromLocale('zh_CN.UTF-8')).toBe('zh-CN');
    expect(languageFromLocale('de-DE')).toBe('en');
    expect(languageFromLocale(undefined)).toBe('en');
  });
});
