import type { LocalizedText } from '../../shared/domain/localized';

/** A call as every view and package heads it: id, code and its title in both languages. */
export function callHeading(call: { id: string; code: string; titleZh: string; titleEn: string }): {
  id: string;
  code: string;
  title: LocalizedText;
} {
  return { id: call.id, code: call.code, title: { zh: call.titleZh, en: call.titleEn } };
}
