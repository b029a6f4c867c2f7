import { fold, hasHan, squeeze, words } from './text';

/**
 * Well-known short forms and English names, folded, mapped to the Chinese name used as the key.
 * Kept small on purpose: an alias that is wrong joins two institutions that must stay apart.
 */
const ALIASES: Readonly<Record<string, string>> = {
  北大: '北京大学',
  清华: '清华大学',
  复旦: '复旦大学',
  浙大: '浙江大学',
  国科大: '中国科学院大学',
  'peking university': '北京大学',
  'tsinghua university': '清华大学',
  'fudan university': '复旦大学',
  'zhejiang university': '浙江大学',
  'nanjing university': '南京大学',
  'wuhan university': '武汉大学',
  'shanghai jiao tong university': '上海交通大学',
  'sun yat sen university': '中山大学',
  'guangxi university': '广西大学',
  'guangxi medical university': '广西医科大学',
  'guangxi normal university': '广西师范大学',
  'chinese academy of sciences': '中国科学院',
  cas: '中国科学院',
  'university of chinese academy of sciences': '中国科学院大学',
  'chinese academy of agricultural sciences': '中国农业科学院',
};

/** Legal-form suffixes that do not tell two organisations apart. */
const HAN_LEGAL_SUFFIX = /(股份有限公司|有限责任公司|有限公司)$/u;
const LATIN_LEGAL_SUFFIX = new Set([
  'co',
  'ltd',
  'limited',
  'inc',
  'corp',
  'corporation',
  'company',
  'llc',
  'gmbh',
]);
const LATIN_ABBREVIATIONS: Readonly<Record<string, string>> = {
  univ: 'university',
  inst: 'institute',
  acad: 'academy',
  dept: 'department',
};
/** Words that mark the segments of an English affiliation that name the institution itself. */
const LATIN_UNIVERSITY_WORDS = ['university', 'college'];
const LATIN_INSTITUTION_WORDS = ['institute', 'academy', 'hospital', 'laboratory', 'centre', 'center'];

/**
 * A key that is equal for two ways of writing the same institution (依托单位), used for conflict
 * detection (same institution) and integrity matching:
 * - width, case, spaces and punctuation ignored (“广西大学 ”, “广西 大学”, “ＧＵＡＮＧＸＩ University”);
 * - a unit inside a university counts as the university (“清华大学计算机系” → 清华大学), but a
 *   bracketed campus right after 大学 is part of the name (中国石油大学（北京） ≠ 中国石油大学（华东）);
 * - 中科院 → 中国科学院, “研究所” and “所” agree (中科院物理所 = 中国科学院物理研究所), while two
 *   institutes of the Academy stay different (each is its own legal entity);
 * - legal-form suffixes dropped (有限公司, Co., Ltd.); “University of X” = “X University”;
 * - a short list of common aliases and English names maps to the Chinese name.
 */
export function institutionKey(raw: string): string {
  const folded = fold(raw).trim();
  if (folded === '') return '';
  return hasHan(folded) ? hanKey(folded) : latinKey(folded);
}

export function sameInstitution(a: string, b: string): boolean {
  const key = institutionKey(a);
  return key !== '' && key === institutionKey(b);
}

function hanKey(folded: string): string {
  const university = /^(.+?大学(?:\s*\([\p{Script=Han}\s]*\))?)/u.exec(folded)?.[1];
  let key = squeeze(university ?? folded);
  key = ALIASES[key] ?? key;
  key = key
    .replace(/^中科院/u, '中国科学院')
    .replace(/研究所$/u, '所')
    .replace(HAN_LEGAL_SUFFIX, '');
  return key;
}

function latinKey(folded: string): string {
  const segments = folded.split(/[,;]/u).map((segment) => normalizeLatinWords(words(segment)));
  const mentions = (list: string[]) => (segment: string[]) => segment.some((word) => list.includes(word));
  const university = segments.find(mentions(LATIN_UNIVERSITY_WORDS));
  const institution = segments.filter(mentions(LATIN_INSTITUTION_WORDS));
  let parts = university ?? (institution.length > 0 ? institution.flat() : segments.flat());
  while (parts.length > 1 && LATIN_LEGAL_SUFFIX.has(parts[parts.length - 1] as string))
    parts = parts.slice(0, -1);
  const written = parts.join(' ');
  if (ALIASES[written]) return ALIASES[written];
  if (parts[0] === 'university' && parts[1] === 'of' && parts.length > 2) {
    parts = [...parts.slice(2), 'university'];
  }
  const key = parts.join(' ');
  return ALIASES[key] ?? key;
}

function normalizeLatinWords(list: string[]): string[] {
  return list
    .map((word) => LATIN_ABBREVIATIONS[word] ?? word)
    .filter((word, index) => !(index === 0 && word === 'the'));
}
