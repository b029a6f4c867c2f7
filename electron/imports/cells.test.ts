import { describe, expect, it } from 'vitest';
import { parseAmount, parseBudgetLines, parseDate, parseWhole } from './cells';
import { headerKey } from './headers';

describe('cell parsers', () => {
  it.each([
    ['1200000', 1, 1_200_000],
    ['1,200,000', 1, 1_200_000],
    ['¥ 1 200 000元', 1, 1_200_000],
    ['１２００', 1, 1200],
    ['120', 10_000, 1_200_000],
    ['12.5', 10_000, 125_000],
    ['0.0001', 10_000, 1],
    ['1.2E+06', 1, 1_200_000],
  ])('reads the amount %s (×%d) as %d yuan', (text, multiplier, expected) => {
    expect(parseAmount(text, multiplier)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['abc', 'notAnAmount'],
    ['12,5x', 'notAnAmount'],
    ['-300', 'negativeAmount'],
    ['12.5', 'amountNotWhole'],
    ['99999999999999999999', 'amountTooLarge'],
  ])('refuses %s (%s)', (text, problem) => {
    expect(parseAmount(text, 1)).toMatchObject({ ok: false, problem });
  });

  it('reads whole numbers with a unit and refuses others', () => {
    expect(parseWhole('3', 12, 1)).toEqual({ ok: true, value: 36 });
    expect(parseWhole('0', 1, 1)).toMatchObject({ ok: false, problem: 'numberOutOfRange' });
    expect(parseWhole('2.5', 1, 1)).toMatchObject({ ok: false, problem: 'notAWholeNumber' });
    expect(parseWhole('-2', 1, 0)).toMatchObject({ ok: false, problem: 'notAWholeNumber' });
  });

  it('reads dates in the forms officers type and refuses impossible ones', () => {
    for (const text of ['2026-03-01', '2026/3/1', '2026.03.01', '2026年3月1日', '2026-03-01T00:00:00.000Z'])
      expect(parseDate(text)).toEqual({ ok: true, value: '2026-03-01' });
    expect(parseDate('2026-02-30')).toMatchObject({ ok: false, problem: 'badDate' });
    expect(parseDate('next week')).toMatchObject({ ok: false, problem: 'badDate' });
  });

  it('reads budget lines by work package and year in the column unit', () => {
    expect(parseBudgetLines('WP1/2026=30; 课题二：2027：20\nWP1: data/2027=10', 10_000)).toEqual({
      ok: true,
      value: [
        { workPackage: 'WP1', year: 2026, amount: 300_000 },
        { workPackage: '课题二', year: 2027, amount: 200_000 },
        { workPackage: 'WP1: data', year: 2027, amount: 100_000 },
      ],
    });
    expect(parseBudgetLines('WP1 2026 300', 1)).toMatchObject({ ok: false, problem: 'badBudgetLine' });
    expect(parseBudgetLines('WP1/2026=1; WP1/2026=2', 1)).toMatchObject({
      ok: false,
      problem: 'duplicateBudgetLine',
    });
  });

  it('folds headers across width, case, marks and bracketed units', () => {
    expect(headerKey('申请经费（万元）*')).toBe(headerKey('申请经费'));
    expect(headerKey(' Duration (months) ')).toBe('duration');
    expect(headerKey('E-MAIL')).toBe(headerKey('e-mail'));
  });
});
