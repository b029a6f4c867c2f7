import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../shared/i18n/message-key';
import { i18next } from './i18n';

/** Values for a message's `{{placeholders}}`; a numeric `count` picks the plural form. */
export type TranslateParams = Readonly<Record<string, string | number | undefined>>;

/** `t` narrowed to the English catalog's keys, so a misspelt or missing key fails `tsc`. */
export type Translate = (key: MessageKey, params?: TranslateParams) => string;

/**
 * The renderer's only way to translate: react-i18next's `t` (it re-renders on a language switch)
 * with its key typed from the catalog. A thin wrapper rather than augmenting i18next's own types,
 * which would make tsc expand the whole catalog through i18next's recursive key types.
 */
export function useT(): { t: Translate } {
  const { t } = useTranslation();
  return { t };
}

/**
 * A key that arrives as data (a refusal's code, a progress label from a handler): the catalog is
 * asked at run time, since the wire cannot carry the type.
 */
export function isMessageKey(key: string): key is MessageKey {
  return i18next.exists(key);
}

/** A key built from data (a language code, an audit action): its text, or `fallback` when it has none. */
export function translateOr(t: Translate, key: string, fallback: string, params?: TranslateParams): string {
  return isMessageKey(key) ? t(key, params) : fallback;
}

/** A refusal in the current language from its code, or its own message when the code has no text. */
export function refusalText(
  t: Translate,
  refusal: { code: string; message: string; params?: TranslateParams | undefined },
): string {
  return translateOr(t, refusal.code, refusal.message, refusal.params ?? {});
}
