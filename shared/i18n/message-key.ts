import type { en } from './catalogs';

type Leaves<T, Prefix extends string> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

type CatalogLeaf = Leaves<typeof en, ''>;

/** A plural pair `x_one` / `x_other` is asked for as `x` with a `count` (i18next picks the form). */
type PluralBase<K extends string> = K extends `${infer Base}_other` ? Base : never;

/** Every dotted key of the English catalog (`errors.invalidRequest`, …): a missing key fails tsc. */
export type MessageKey = CatalogLeaf | PluralBase<CatalogLeaf>;
