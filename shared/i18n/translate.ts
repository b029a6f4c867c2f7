import { catalogs, type Language } from './catalogs';
import type { ErrorParams } from '../errors';
import type { MessageKey } from './message-key';

function lookup(language: Language, key: string): unknown {
  let node: unknown = catalogs[language];
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  return node;
}

/**
 * Looks up a dotted key (e.g. `errors.invalidRequest`) and fills `{{param}}` placeholders. A key
 * with a numeric `count` resolves to its plural form (`key_one`, `key_other`) as i18next does in
 * the renderer, so "1 review" and "2 reviews" read right on every door.
 */
export function translate(language: Language, key: string, params: ErrorParams = {}): string {
  let node = lookup(language, key);
  if (node === undefined && typeof params.count === 'number') {
    const form = new Intl.PluralRules(language).select(params.count);
    node = lookup(language, `${key}_${form}`) ?? lookup(language, `${key}_other`);
  }
  if (typeof node !== 'string') return key;
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** Whether `key` names an English catalog message (a plural pair counts by its base): a code from the wire is checked with it before it is trusted as a `MessageKey`. */
export function isMessageKey(key: string): key is MessageKey {
  return typeof (lookup('en', key) ?? lookup('en', `${key}_other`)) === 'string';
}

/** zh-CN for any Chinese system locale, English otherwise. */
export function languageFromLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
