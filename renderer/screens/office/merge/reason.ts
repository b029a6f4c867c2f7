import type { BundleReport } from '../../../../shared/contract/merge';
import { refusalText, type Translate } from '../../../i18n/use-t';

/**
 * A report's reason in the current language: re-translated from its code and parameters so it
 * follows the language switch, with times shown in the reader's locale.
 */
export function reasonText(reason: NonNullable<BundleReport['reason']>, t: Translate) {
  const params: Record<string, string | number> = { ...reason.params };
  if (typeof params.at === 'string') params.at = new Date(params.at).toLocaleString();
  return refusalText(t, { ...reason, params });
}
