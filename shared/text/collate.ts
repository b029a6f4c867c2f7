/**
 * Name order for everything a person reads: Chinese by pinyin (李 < 王 < 张 < 赵), Latin text and
 * digits naturally (A-2 < A-10). SQLite cannot collate pinyin, so lists sorted by a name are
 * ordered with this after the query, never by ORDER BY alone.
 */
const collator = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' });

export function compareText(a: string, b: string): number {
  return collator.compare(a, b);
}

/** A copy of `items` ordered by the collated `name` of each; ties keep their incoming order. */
export function sortByName<T>(items: readonly T[], name: (item: T) => string): T[] {
  return items
    .map((item) => ({ item, key: name(item) }))
    .sort((a, b) => collator.compare(a.key, b.key))
    .map(({ item }) => item);
}
