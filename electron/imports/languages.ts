import { splitList } from '../../shared/normalize/text';

/** Language names as officers write them in a sheet, to the codes assignment compares. */
const LANGUAGE_CODES: Readonly<Record<string, string>> = {
  zh: 'zh',
  'zh-cn': 'zh',
  中文: 'zh',
  汉语: 'zh',
  chinese: 'zh',
  en: 'en',
  英文: 'en',
  英语: 'en',
  english: 'en',
};

/** “中文、English” → ['zh', 'en']; unknown languages are kept, lower-cased. */
export function languageCodes(cell: string): string[] {
  const codes = splitList(cell).map((item) => {
    const key = item.normalize('NFKC').toLowerCase();
    return LANGUAGE_CODES[key] ?? key;
  });
  return [...new Set(codes)];
}
