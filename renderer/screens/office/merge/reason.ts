import type { TFunction } from 'i18next';
import type { BundleReport } from '../../../../shared/contract/merge';

/**
 * A report's reason in the current language: re-translated from its code and parameters so it
 * follows the language switch, with times shown in the reader's locale.
 */
export function reasonText(
  reason: NonNullable<BundleReport['reason']>,
  t: TFunction,
  exists: (key: string) => boolean,
) {
  const params: Record<string, string | number> = { ...reason.params };
  if (typeof params.at === 'string') params.at = new Date(params.at).toLocaleString();
  return exists(reason.code) ? t(reason.code, params) : reason.message;
}
