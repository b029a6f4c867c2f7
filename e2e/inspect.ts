import { expect } from 'vitest';
import type { Language } from '../shared/i18n/catalogs';
import { seriousViolations } from './axe';
import type { E2eApp } from './harness';
import { expectReadableLists } from './readable';

/**
 * Looks at one screen in each language in turn (the last one is where the page is left): waits
 * until `ready` says it shows, checks axe finds nothing serious and every list is readable, and
 * photographs it (e2e/screenshots/<name>.<language>.png).
 */
export async function inspectScreen(
  app: E2eApp,
  name: string,
  ready: (language: Language) => Promise<unknown>,
  languages: readonly Language[] = ['zh-CN', 'en'],
): Promise<void> {
  for (const language of languages) {
    await app.switchLanguage(language);
    await ready(language);
    expect(await seriousViolations(app.page), `${name} (${language})`).toEqual([]);
    await expectReadableLists(app.page, `${name} (${language})`);
    await app.screenshot(name, language);
  }
}
