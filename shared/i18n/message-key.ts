import type { en } from './catalogs';

type Leaves<T, Prefix extends string> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every dotted key of the English catalog (`errors.invalidRequest`, …): a missing key fails tsc. */
export type MessageKey = Leaves<typeof en, ''>;
