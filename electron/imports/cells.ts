import type { BudgetLine } from '../../shared/domain/application';

/** A cell parsed, or the problem (an `office.import.problems` key) with its parameters. */
export type Parsed<T> =
  { ok: true; value: T } | { ok: false; problem: string; params: Record<string, string | number> };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(problem: string, value: string): Parsed<T> => ({ ok: false, problem, params: { value } });

/**
 * A decimal number written in a cell times a whole multiplier, exactly (no binary floating point):
 * “12.5” in a 万元 column is 125000 yuan. Accepts thousands separators, a currency sign, a trailing
 * 元, full-width digits and Excel's “1.2E+06”. Returns null when the result is not a whole number.
 */
function exactWhole(text: string, multiplier: number): bigint | null | 'invalid' {
  const cleaned = text
    .normalize('NFKC')
    .trim()
    .replace(/^[¥$]|元$|cny$|rmb$/giu, '')
    .replace(/[\s,_']/gu, '');
  const match = /^(\d+)(?:\.(\d+))?(?:e\+?(\d+))?$/iu.exec(cleaned);
  if (!match) return 'invalid';
  const exponent = Number(match[3] ?? '0');
  if (exponent > 30) return 'invalid';
  const fraction = match[2] ?? '';
  const digits = BigInt(`${match[1]}${fraction}`) * BigInt(multiplier) * 10n ** BigInt(exponent);
  const scale = 10n ** BigInt(fraction.length);
  return digits % scale === 0n ? digits / scale : null;
}

/** A non-negative amount in whole yuan. */
export function parseAmount(text: string, multiplier: number): Parsed<number> {
  if (/^\s*[-−]/u.test(text.normalize('NFKC'))) return fail('negativeAmount', text);
  const value = exactWhole(text, multiplier);
  if (value === 'invalid') return fail('notAnAmount', text);
  if (value === null) return fail('amountNotWhole', text);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) return fail('amountTooLarge', text);
  return ok(Number(value));
}

/** A whole number greater than zero (e.g. months, maximum load when positive). */
export function parseWhole(text: string, multiplier: number, min: number): Parsed<number> {
  const value = exactWhole(text, multiplier);
  if (value === 'invalid' || value === null || /^\s*[-−]/u.test(text)) return fail('notAWholeNumber', text);
  if (value < BigInt(min) || value > 1_000_000n) return fail('numberOutOfRange', text);
  return ok(Number(value));
}

/** ISO date from “2026-03-01”, “2026/3/1”, “2026.3.1”, “2026年3月1日” or an Excel date cell. */
export function parseDate(text: string): Parsed<string> {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:T00:00:00(?:\.000)?Z)?$/u.exec(
    text.normalize('NFKC').trim(),
  );
  if (!match) return fail('badDate', text);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return fail('badDate', text);
  return ok(date.toISOString().slice(0, 10));
}

/**
 * Budget lines by work package and year: items “WP1/2026=300000” (also “WP1:2026:30”, Chinese
 * colons), separated by semicolons or line breaks, amounts in the column's unit.
 */
export function parseBudgetLines(text: string, multiplier: number): Parsed<BudgetLine[]> {
  const lines: BudgetLine[] = [];
  const seen = new Set<string>();
  for (const item of text.split(/[;；\n\r]+/u).map((part) => part.trim())) {
    if (item === '') continue;
    const match = /^(.+?)\s*[/|:：]\s*(\d{4})\s*[=:：]\s*(.+)$/u.exec(item.normalize('NFKC'));
    if (!match) return fail('badBudgetLine', item);
    const amount = parseAmount(match[3] as string, multiplier);
    if (!amount.ok) return fail('badBudgetLine', item);
    const workPackage = (match[1] as string).trim();
    const year = Number(match[2]);
    const key = `${workPackage}\u0000${year}`;
    if (seen.has(key)) return fail('duplicateBudgetLine', item);
    seen.add(key);
    lines.push({ workPackage, year, amount: amount.value });
  }
  return ok(lines);
}

/** A plausible e-mail address: one @, no spaces, a dot in the domain. */
export function isEmail(text: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/u.test(text);
}
