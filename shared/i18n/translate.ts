import { catalogs, type Language } from './catalogs';
import type { ErrorParams } from '../errors';

/** Looks up a dotted key (e.g. `errors.invalidRequest`) and fills `{{param}}` placeholders. */
export function translate(language: Language, key: string, params: ErrorParams = {}): string {
  let node: unknown = catalogs[language];
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  if (typeof node !== 'string') return key;
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** zh-CN for any Chinese system locale, English otherwise. */
export function languageFromLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
