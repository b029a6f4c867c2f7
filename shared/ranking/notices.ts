/**
 * Ranking warnings: stable codes (i18n keys under `ranking.warnings.*`) plus their parameters.
 * The UI translates by code; the CLI and logs use the English catalog text.
 */
import { translate } from '../i18n/translate';
import type { Notice } from './types';

export function notice(code: string, params: Record<string, string | number> = {}): Notice {
  return { code, params };
}

export function renderNotice(n: Notice): string {
  return translate('en', n.code, n.params);
}
